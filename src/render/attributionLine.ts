import type { Attribution } from "../answers/attribution.js";

/**
 * "¶5 · “Putin travels…” · Fox News · by Ben Evansky, Caitlin McFall and The Associated Press"
 * (plus the link when the story has one).
 */
export function attributionLine(attribution: Attribution, withParagraph = true): string {
  const parts = [
    ...(withParagraph ? [`¶${attribution.paragraph}`] : []),
    `“${shorten(attribution.title, MAX_TITLE_IN_LINE)}”`,
  ];
  if (attribution.outlet) parts.push(attribution.outlet);
  if (attribution.contributors.length > 0) parts.push(`by ${joinNames(attribution.contributors)}`);
  if (attribution.url) parts.push(attribution.url);
  return parts.join(" · ");
}

/** The story's credit without a paragraph, for answers drawn from several of its paragraphs. */
export function storyCredit(attribution: Attribution): string {
  return attributionLine(attribution, false);
}

export const MAX_TITLE_IN_LINE = 60;

/** Text cut at a word to `max` characters, trailing punctuation dropped, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:…—–-]+$/, "")}…`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
