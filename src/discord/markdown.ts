import { escapeMarkdown } from "discord.js";
import { cutAtWord } from "../text/clip.js";

/**
 * Text shown as written, whatever it holds: Discord markdown is escaped (bold, lists, headings,
 * subtext, brackets of masked links, quotes at a line start) and mention syntax (`<@id>`, `<#id>`, `<t:…>`) is broken
 * with an invisible space, so a story or a user's words can neither restyle an answer nor render
 * as a mention.
 */
export function plain(text: string): string {
  return escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  })
    .replace(/^>/gm, "\\>")
    .replace(/^-#/gm, "\\-#")
    .replace(/(?<!\\)([[\]])/g, "\\$1")
    .replace(/<(?=[@#:/a-z])/gi, "<\u200b");
}

/** `**…**` around the matched words of `text`, everything else escaped. */
export function emphasised(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = "";
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor || end > text.length) continue;
    out += plain(text.slice(cursor, start));
    if (end > start) out += `**${plain(text.slice(start, end))}**`;
    cursor = end;
  }
  return out + plain(text.slice(cursor));
}

/**
 * `text` with its matched words bold, in at most `max` characters: when too long, the text is cut
 * at a word (before escaping, so no escape or bold is ever cut in half) and ends with "…".
 */
export function emphasisedWithin(
  text: string,
  spans: readonly (readonly [number, number])[],
  max: number,
): string {
  const whole = emphasised(text, spans);
  if (whole.length <= max) return whole;
  let low = 0;
  let high = text.length;
  let best = "…";
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const cut = cutAtWord(text, middle);
    const candidate = `${emphasised(
      cut,
      spans
        .filter(([start]) => start < cut.length)
        .map(([start, end]) => [start, Math.min(end, cut.length)] as const),
    )}…`;
    if (candidate.length <= max) {
      best = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

/** Plain text in at most `max` characters, cut at a word with "…". */
export function plainWithin(text: string, max: number): string {
  return emphasisedWithin(text, [], max);
}
