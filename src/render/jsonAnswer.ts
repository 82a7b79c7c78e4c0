import type { CommandInput, CommandResult } from "../../commands/types.js";

/**
 * The JSON contract of `--json` (one object per command, on one line). Later commands add fields;
 * none is ever renamed.
 *
 * @example {"command":"excerpt","input":{"paragraph":3},"results":[{"story":"…","paragraph":3,"text":"…","attribution":{…}}]}
 */
export interface JsonAnswer {
  readonly command: string;
  readonly input: CommandInput;
  readonly results: readonly unknown[];
  readonly error?: { readonly message: string };
}

export function jsonAnswer(
  command: string,
  input: CommandInput,
  result: CommandResult,
): JsonAnswer {
  return { command, input, results: jsonResults(result) };
}

export function jsonError(command: string, input: CommandInput, message: string): JsonAnswer {
  return { command, input, results: [], error: { message } };
}

function jsonResults(result: CommandResult): readonly unknown[] {
  switch (result.kind) {
    case "passages":
      return result.passages.map((passage) => ({
        story: passage.story,
        paragraph: passage.paragraph,
        text: passage.text,
        score: passage.score,
        sentence: passage.sentence.text,
        highlights: passage.highlights,
        attribution: passage.attribution,
      }));
    case "excerpt":
      return [result.excerpt];
    case "stories":
      return result.stories;
    case "help":
      return result.commands;
  }
}
