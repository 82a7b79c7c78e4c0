import { basename } from "node:path";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type {
  Command,
  CommandContext,
  CommandInput,
  CommandResult,
  Upload,
} from "../../commands/types.js";
import { UserFacingError } from "../errors.js";
import { MAX_STORY_BYTES } from "../story/loadCorpus.js";
import { readStoryBytes } from "../story/readStoryBytes.js";
import { parseCommandLine } from "./parseCommandLine.js";

/** What came of one command line: the answer, or the message saying what was wrong. */
export type CommandOutcome =
  | { readonly command: string; readonly input: CommandInput; readonly result: CommandResult }
  | {
      readonly command: string;
      readonly input: CommandInput;
      readonly error: string;
      readonly bug?: unknown;
    };

/**
 * Parses and runs one line such as `/ask where is Putin going`. Never throws: a user's mistake
 * becomes its message; anything else (a bug) becomes an apology and is returned for logging.
 */
export async function runCommandLine(
  typed: string,
  context: CommandContext,
): Promise<CommandOutcome> {
  // Control characters have no place in a question, and echoed back in an error they would
  // drive the terminal (an escape sequence typed or pasted in).
  const line = typed.replace(/\p{Cc}/gu, " ");
  let command = commandNameOf(line, context);
  let input: CommandInput = {};
  try {
    const parsed = parseCommandLine(
      line,
      context.commands.map((c) => c.data),
    );
    command = parsed.subcommand ? `${parsed.name} ${parsed.subcommand}` : parsed.name;
    input = parsed.input;
    const handler = context.commands.find((candidate) => candidate.data.name === parsed.name);
    if (!handler) throw new UserFacingError(`Unknown command /${parsed.name}.`);
    const uploads = await readUploads(handler, parsed.subcommand, input);
    return {
      command,
      input,
      result: await handler.run(input, { ...context, uploads }, parsed.subcommand),
    };
  } catch (error) {
    if (error instanceof UserFacingError) return { command, input, error: error.message };
    return {
      command,
      input,
      error: "Sorry, something went wrong answering that. It has been logged.",
      bug: error,
    };
  }
}

/** The command a line names ("who said" for `/who said …`), for answers to lines that fail to parse. */
function commandNameOf(line: string, context: CommandContext): string {
  const [name = "", second = ""] = line.trim().replace(/^\//, "").toLowerCase().split(/\s+/);
  const options =
    context.commands.find((command) => command.data.name === name)?.data.options ?? [];
  return options.some(
    (option) => option.type === ApplicationCommandOptionType.Subcommand && option.name === second,
  )
    ? `${name} ${second}`
    : name;
}

/**
 * The console's attachments: a file option (`/story add file:notes/story.md`) names a local file,
 * read as the corpus reads one (regular files only, at most MAX_STORY_BYTES).
 */
async function readUploads(
  command: Command,
  subcommand: string | undefined,
  input: CommandInput,
): Promise<ReadonlyMap<string, Upload>> {
  const top = command.data.options ?? [];
  const options = subcommand
    ? ((top.find((o) => o.name === subcommand && "options" in o) as { options?: typeof top })
        ?.options ?? [])
    : top;
  const uploads = new Map<string, Upload>();
  for (const option of options) {
    const path = input[option.name];
    if (option.type !== ApplicationCommandOptionType.Attachment || path === undefined) continue;
    try {
      uploads.set(String(path), {
        name: basename(String(path)),
        bytes: readStoryBytes(String(path), MAX_STORY_BYTES),
      });
    } catch (error) {
      if (error instanceof UserFacingError) throw error;
      throw new UserFacingError(
        `Could not read ${String(path)}: give the path of a .txt or .md file.`,
      );
    }
  }
  return uploads;
}
