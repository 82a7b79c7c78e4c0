import type { APIEmbed } from "discord-api-types/v10";
import { DISCORD_LIMITS as LIMITS } from "./limits.js";

/** Room kept in each answer's share of the 6,000 characters for its title, author and footer. */
const EMBED_OVERHEAD = 400;

/** The characters one of `count` answers may use so that all fit one message. */
export function shareOfMessage(count: number): number {
  return Math.min(
    LIMITS.embedDescription - EMBED_OVERHEAD,
    Math.floor(LIMITS.embedsTotal / Math.max(count, 1)) - EMBED_OVERHEAD,
  );
}

/** Already-escaped markdown cut at a line, then at a word, to `max` characters. */
export function plainCut(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  const lines = markdown.split("\n");
  let out = "";
  for (const line of lines) {
    if (out.length + line.length + 2 > max) break;
    out += `${out ? "\n" : ""}${line}`;
  }
  return `${out}\n…`;
}

/** Embeds trimmed, from the last, until together they fit Discord's 6,000 characters. */
export function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embeds);
  while (embedsLength(fitted) > LIMITS.embedsTotal) {
    const last = fitted.at(-1);
    if (!last) break;
    if (last.fields && last.fields.length > 0) {
      last.fields.pop();
    } else if (fitted.length > 1) {
      fitted.pop();
      const footer = last.footer;
      const previous = fitted.at(-1);
      if (previous && footer) previous.footer = footer;
    } else {
      const over = embedsLength(fitted) - LIMITS.embedsTotal;
      last.description = plainCut(
        last.description ?? "",
        (last.description ?? "").length - over - 2,
      );
    }
  }
  return fitted;
}

export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((n, field) => n + field.name.length + field.value.length, 0),
    0,
  );
}
