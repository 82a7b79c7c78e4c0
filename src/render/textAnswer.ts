import type { CommandResult } from "../../commands/types.js";
import { attributionLine, joinNames } from "./attributionLine.js";

export interface TextStyle {
  /** Wraps matched words: ANSI bold in a terminal, `**…**` (as Discord shows it) elsewhere. */
  readonly bold: (text: string) => string;
}

export const MARKDOWN_STYLE: TextStyle = { bold: (text) => `**${text}**` };
export const ANSI_STYLE: TextStyle = { bold: (text) => `\u001b[1m${text}\u001b[22m` };

export const NOTHING_FOUND =
  "The story does not answer that. Try other words, or read it with /excerpt 1 (/story shows how many paragraphs it has).";

/** A command's answer as console text, laid out like the Discord answer. */
export function renderText(result: CommandResult, style: TextStyle = MARKDOWN_STYLE): string {
  switch (result.kind) {
    case "passages":
      if (result.passages.length === 0) return NOTHING_FOUND;
      return result.passages
        .map(
          (passage) =>
            `${emphasise(passage.text, passage.highlights, style)}\n— ${attributionLine(passage.attribution)}`,
        )
        .join("\n\n");
    case "excerpt":
      return `${result.excerpt.text}\n— ${attributionLine(result.excerpt.attribution)}`;
    case "stories":
      return result.stories
        .map((story) => {
          const lines = [`${story.title} (${story.story}: ¶1–¶${story.paragraphs})`];
          const source = [story.outlet, story.published].filter(Boolean).join(", ");
          if (source) lines.push(`  ${source}`);
          if (story.contributors.length > 0) lines.push(`  by ${joinNames(story.contributors)}`);
          if (story.url) lines.push(`  ${story.url}`);
          return lines.join("\n");
        })
        .join("\n\n");
    case "help":
      return [
        "Commands (options as name:value; a lone text option can be typed bare):",
        ...result.commands.map((command) => `  ${command.usage.padEnd(52)} ${command.description}`),
      ].join("\n");
  }
}

function emphasise(
  text: string,
  spans: readonly (readonly [number, number])[],
  style: TextStyle,
): string {
  let out = "";
  let cursor = 0;
  for (const [start, end] of spans) {
    out += text.slice(cursor, start) + style.bold(text.slice(start, end));
    cursor = end;
  }
  return out + text.slice(cursor);
}
