import { createInterface } from "node:readline";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { Logger } from "pino";
import type { CommandContext } from "../../commands/types.js";
import { ANSI_STYLE, MARKDOWN_STYLE } from "../render/textAnswer.js";
import { completeCommand } from "./completeCommand.js";
import { readHistory, writeHistory } from "./consoleHistory.js";
import { EXIT_FAILED, EXIT_OK } from "./exitCodes.js";
import type { CliIo } from "./io.js";
import { formatOutcome } from "./printOutcome.js";
import { runCommandLine } from "./runCommandLine.js";

const QUIT = new Set(["/quit", "/exit", "quit", "exit"]);
const HISTORY_SIZE = 500;

export interface ConsoleOptions {
  readonly json: boolean;
  readonly logger: Logger;
  /** Where typed lines are kept between runs (interactive only); none when undefined. */
  readonly historyFile?: string;
}

/**
 * The local console: reads commands one per line, typed as in Discord, and prints each answer.
 * At a terminal it shows a prompt with history (↑/↓) and Tab completion of command names; piped,
 * it reads to the end of input and prints one answer per command. A bad line prints its error
 * and the console goes on. Resolves with the exit code: piped, 1 when any line failed, so a
 * script can tell; at a terminal 0, as the person has read the errors.
 */
export async function runConsole(
  context: CommandContext,
  io: CliIo,
  options: ConsoleOptions,
): Promise<number> {
  const style = io.color && !options.json ? ANSI_STYLE : MARKDOWN_STYLE;
  // Tab completes commands and subcommands: "/who s" → "/who said ".
  const names = context.commands.flatMap((command) => {
    const subcommands = (command.data.options ?? []).filter(
      (option) => option.type === ApplicationCommandOptionType.Subcommand,
    );
    return subcommands.length > 0
      ? subcommands.map((option) => `${command.data.name} ${option.name}`)
      : [command.data.name];
  });
  const lines = createInterface({
    input: io.stdin,
    output: io.interactive ? io.stdout : undefined,
    terminal: io.interactive && "isTTY" in io.stdin && Boolean(io.stdin.isTTY),
    historySize: HISTORY_SIZE,
    history:
      io.interactive && options.historyFile ? readHistory(options.historyFile, HISTORY_SIZE) : [],
    prompt: "byline> ",
    completer: (line: string) => completeCommand(line, names),
  });
  const write = (text: string) => io.stdout.write(`${text}\n`);
  const { historyFile } = options;
  if (io.interactive && historyFile) {
    lines.on("history", (history: string[]) =>
      writeHistory(
        historyFile,
        history.filter((line) => !QUIT.has(line.trim().toLowerCase())),
      ),
    );
  }

  if (io.interactive) {
    const [first, ...others] = context.library.stories;
    const loaded =
      others.length === 0 && first
        ? `"${first.title}" (${first.body.length} paragraphs)`
        : `${context.library.stories.length} stories`;
    write(`Byline console: ${loaded}. Type /help for commands, /quit to leave.`);
    lines.prompt();
  }
  let bugs = 0;
  let failed = 0;
  for await (const line of lines) {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) {
      if (io.interactive) lines.prompt();
      continue;
    }
    if (QUIT.has(text.toLowerCase())) break;
    const started = performance.now();
    const outcome = await runCommandLine(text, context);
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    if ("bug" in outcome && outcome.bug !== undefined) {
      bugs++;
      options.logger.error({ err: outcome.bug, command: outcome.command }, "command failed");
    }
    options.logger.debug(
      { command: outcome.command, latencyMs, ok: !("error" in outcome) },
      "command answered",
    );
    const answer = formatOutcome(outcome, options.json, style);
    if ("error" in outcome) failed++;
    // Piped text output keeps errors apart from answers, as the one-shot commands do.
    if ("error" in outcome && !options.json && !io.interactive) {
      io.stderr.write(`${answer}\n`);
    } else {
      write(answer);
      if (!options.json) write("");
    }
    if (io.interactive) lines.prompt();
  }
  lines.close();
  return bugs > 0 || (failed > 0 && !io.interactive) ? EXIT_FAILED : EXIT_OK;
}
