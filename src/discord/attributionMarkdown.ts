import type { Attribution } from "../answers/attribution.js";
import { joinNames, MAX_TITLE_IN_LINE, shorten } from "../render/attributionLine.js";
import { DISCORD_LIMITS as LIMITS } from "./limits.js";
import { plain, plainWithin } from "./markdown.js";

/** Longer story URLs are not linked: the link would crowd out the passage. */
const MAX_LINKED_URL = 512;

/**
 * A body with its attribution line under it, within `share` characters (and always within an
 * embed description): the line is made first, and the body gets the room that is left.
 */
export function withAttribution(
  body: (room: number) => string,
  attribution: Attribution,
  share: number,
  withParagraph = true,
): string {
  const line = attributionText(attribution, withParagraph);
  const room = Math.max(Math.min(share, LIMITS.embedDescription) - line.length - 2, 200);
  return `${body(room)}\n\n${line}`;
}

/** "— ¶9 · [“Title”](url) · Fox News · by A, B and C", escaped, the title linked when there is a URL. */
function attributionText(attribution: Attribution, withParagraph: boolean): string {
  const title = `“${plain(shorten(attribution.title, MAX_TITLE_IN_LINE))}”`;
  const target = attribution.url ? linkTarget(attribution.url) : undefined;
  const parts = [
    ...(withParagraph ? [`¶${attribution.paragraph}`] : []),
    target ? `[${title}](${target})` : title,
  ];
  if (attribution.outlet) parts.push(plainWithin(attribution.outlet, 100));
  if (attribution.contributors.length > 0) {
    parts.push(plainWithin(`by ${joinNames(attribution.contributors)}`, 300));
  }
  return `— ${parts.join(" · ")}`;
}

/** A story URL as a Markdown link target, or undefined when it cannot be linked safely. */
export function linkTarget(url: string): string | undefined {
  if (!/^https?:\/\/[^\s<>]+$/.test(url) || url.length > MAX_LINKED_URL) return undefined;
  return url.replace(/\(/g, "%28").replace(/\)/g, "%29");
}
