#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { commands } from "../../commands/index.js";
import { type CommandContext, DefaultStoriesInMemory } from "../../commands/types.js";
import { removeOtherVersions } from "../cache/cacheVersions.js";
import { loadLibraryCached } from "../cache/libraryCache.js";
import { type Config, readConfig } from "../config.js";
import { BylineStore } from "../db/store.js";
import { UserFacingError } from "../errors.js";
import { createLogger, logDestination } from "../logger.js";
import { jsonError } from "../render/jsonAnswer.js";
import { ANSI_STYLE, MARKDOWN_STYLE } from "../render/textAnswer.js";
import { LiveCorpus } from "../story/liveCorpus.js";
import { StoryLibrary } from "../storyLibrary.js";
import { runConsole } from "./console.js";
import { historyFile } from "./consoleHistory.js";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./exitCodes.js";
import { boundHeapGrowth } from "./heapGrowth.js";
import type { CliIo } from "./io.js";
import { formatFeedback } from "./printFeedback.js";
import { formatOutcome } from "./printOutcome.js";
import { runCommandLine } from "./runCommandLine.js";
import { deployCommandSet, REMOVED_STORIES, runBot, runShards } from "./runDiscord.js";

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./exitCodes.js";

const USAGE = `Byline answers questions about a news story with the story's own words.

Usage:
  byline [start]                   the Discord bot when DISCORD_TOKEN is set, else the local console
  byline console                   type commands as in Discord: /ask …, /excerpt 3, /story, /help
  byline ask <question>            the passages that answer it
  byline who said <words>          who in the story said them
  byline who is <name>             who someone in the story is, and what they said
  byline quotes [speaker]          every statement in the story, or one speaker's
  byline summary [length:short|medium|long] [focus:<topic or person>]
                                   the story in a few of its own sentences
  byline excerpt <paragraph>       paragraph ¶n of the story, verbatim
  byline pin <paragraph>|quote:<words>
                                   what /pin would post (Discord pins it; here it is shown)
  byline stories                   the loaded stories and their sources
  byline story use [story:<id>]    the default story (Discord: per server; here, for this run)
  byline feedback [--json]         readers' "Wrong?" reports from Discord, for the editors
  byline help                      the commands, with examples
  byline deploy-commands           register the slash commands with Discord (prints what changed)

Each command answers once and exits; options are typed as in the console (story:<id>, length:long).

Options:
  --json          one JSON object per command (see README, "JSON output")
  --corpus DIR    the folder of stories (default: CORPUS_DIR, else the bundled corpus/)
  --guild ID      deploy-commands: register in this server only (instant; default DISCORD_GUILD_ID, else global)
  --shards N|auto start: run the bot as N shards, one process each (auto: Discord's recommended count)
  -h, --help      this help
  -v, --version   Byline's version
`;

/**
 * Byline's command line. Returns the exit code: 0 done, 1 the command failed (bad input, no
 * stories), 2 wrong usage (unknown option, nowhere to run).
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  env?: NodeJS.ProcessEnv,
): Promise<number> {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const complain = (text: string) => io.stderr.write(`${text}\n`);

  // With --json a script reads stdout, so a failure before any command runs is a JSON line too.
  const wantsJson = argv.includes("--json");
  const fail = (code: number, message: string, command = "", help = "") => {
    if (wantsJson) say(JSON.stringify(jsonError(command, {}, message)));
    complain(`byline: ${message}${help}`);
    return code;
  };

  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    // Node's own wording ("To specify a positional argument starting with a '-' …") helps no one here.
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    const message = unknown
      ? `unknown option ${unknown}. Options: --json, --corpus DIR, --guild ID, --shards N|auto, --help, --version.`
      : (error as Error).message;
    return fail(EXIT_USAGE, message, "", "\nRun byline --help for usage.");
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) {
    say(values.help ? USAGE : await version());
    return EXIT_OK;
  }

  const [typedCommand = "start", ...words] = positionals;
  const command = typedCommand.toLowerCase();
  let config: Config;
  try {
    config = env ? readConfig(env) : readConfig();
  } catch (error) {
    return fail(EXIT_USAGE, (error as Error).message, command);
  }
  const known = commands.some((c) => c.data.name === command);
  if (!["start", "console", "deploy-commands", "feedback"].includes(command) && !known) {
    return fail(
      EXIT_USAGE,
      `unknown command "${typedCommand}". Commands: start, console, deploy-commands, feedback, ${commands.map((c) => c.data.name).join(", ")}.`,
      command,
    );
  }
  const runsBot = command === "start" && config.discordToken !== undefined;
  const logger = createLogger(
    config.logLevel,
    runsBot ? logDestination(Boolean(process.stderr.isTTY), !config.noColor) : undefined,
  );

  if (command === "feedback") {
    let store: BylineStore;
    try {
      store = BylineStore.open(config.dataDir);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      return fail(EXIT_FAILED, error.message, command);
    }
    const reports = store.feedback.list();
    store.close();
    say(
      values.json
        ? JSON.stringify({ command, input: {}, results: reports })
        : formatFeedback(reports),
    );
    return EXIT_OK;
  }
  if (command === "deploy-commands") {
    return deployCommandSet(config, values.guild ?? config.discordGuildId, { say, complain });
  }
  if (values.shards !== undefined && !runsBot) {
    return fail(
      EXIT_USAGE,
      "--shards runs the Discord bot: set DISCORD_TOKEN (see .env.example).",
      command,
    );
  }
  if (runsBot && values.shards !== undefined) {
    return runShards(config, values.shards, logger, complain);
  }
  if (command === "start" && !runsBot && !io.interactive) {
    return fail(
      EXIT_USAGE,
      "no DISCORD_TOKEN is set and there is no terminal to open the console on. Set DISCORD_TOKEN in .env to run the bot, or pipe commands to `byline console` (e.g. printf '/ask …\\n' | npx byline console).",
      command,
    );
  }

  let library: StoryLibrary;
  try {
    const corpus = values.corpus ?? config.corpusDir;
    // The bot keeps what it works out between starts; a one-shot command or the console does not.
    library =
      runsBot && config.cacheDir
        ? await loadLibraryCached(corpus, config.cacheDir, logger)
        : await StoryLibrary.load(corpus);
    // Left to finish in the background: removing a large old cache takes seconds.
    if (runsBot && config.cacheDir) void removeOtherVersions(config.cacheDir, logger);
    if (runsBot) boundHeapGrowth();
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    return fail(EXIT_FAILED, error.message, command);
  }
  for (const problem of library.problems) complain(`byline: skipped ${problem.message}`);
  const corpusDir = values.corpus ?? config.corpusDir;
  const context: CommandContext = { library, commands };
  if (runsBot && config.discordToken) {
    return runBot(
      {
        ...config,
        corpusDir: values.corpus ?? config.corpusDir,
        discordToken: config.discordToken,
      },
      context,
      logger,
      complain,
    );
  }
  const color = io.color && !config.noColor;
  const json = values.json ?? false;
  // Here /story add previews a local file (nothing is written) and /story use lasts for the run.
  const local: CommandContext = {
    ...context,
    corpus: new LiveCorpus(corpusDir, library, {
      removedDir: join(config.dataDir, REMOVED_STORIES),
      logger,
    }),
    server: { id: "console", settings: new DefaultStoriesInMemory() },
  };

  if (command === "start" || command === "console") {
    if (command === "start") {
      say(
        "No DISCORD_TOKEN set: opening the local console. To connect Discord, put your bot token in .env (see .env.example).",
      );
    }
    return runConsole(
      local,
      { ...io, color },
      { json, logger, historyFile: historyFile(env ?? process.env) },
    );
  }

  const outcome = await runCommandLine(`/${command} ${words.join(" ")}`, local);
  if ("bug" in outcome && outcome.bug !== undefined)
    logger.error({ err: outcome.bug, command }, "command failed");
  const style = color && !json ? ANSI_STYLE : MARKDOWN_STYLE;
  const text = formatOutcome(outcome, json, style);
  if ("error" in outcome && !json) complain(text);
  else say(text);
  return "error" in outcome ? EXIT_FAILED : EXIT_OK;
}

/** Marks a negative number (`excerpt -1`) so that it reaches the command, not the option parser. */
const NEGATIVE = "\u0000";

function parseCli(argv: readonly string[]) {
  // `npx byline -- --help`, `npm start -- --json`: a leading "--" is what npm and older npx need
  // to pass options on, not the end of Byline's options.
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  const parsed = parseArgs({
    args: args.map((arg) => (/^-\d/.test(arg) ? `${NEGATIVE}${arg}` : arg)),
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      corpus: { type: "string" },
      guild: { type: "string" },
      shards: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  const unmark = <T>(value: T): T =>
    (typeof value === "string" ? value.replace(NEGATIVE, "") : value) as T;
  return {
    values: Object.fromEntries(
      Object.entries(parsed.values).map(([name, value]) => [name, unmark(value)]),
    ) as typeof parsed.values,
    positionals: parsed.positionals.map(unmark),
  };
}

async function version(): Promise<string> {
  const { projectRoot } = await import("../projectRoot.js");
  const { readFile } = await import("node:fs/promises");
  const pkg = JSON.parse(await readFile(`${projectRoot()}/package.json`, "utf8")) as {
    version: string;
  };
  return `byline ${pkg.version}`;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `byline quotes | head -1`: the reader has gone, so there is no one left to answer. Stop
  // quietly, as Unix tools do, instead of dying on a write error with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(EXIT_OK);
  });
  const io: CliIo = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stdin.isTTY),
    color: Boolean(process.stdout.isTTY),
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
