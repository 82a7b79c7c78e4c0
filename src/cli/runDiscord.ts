import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REST, ShardingManager } from "discord.js";
import type { Logger } from "pino";
import { commands, messageCommands } from "../../commands/index.js";
import type { CommandContext } from "../../commands/types.js";
import type { Config } from "../config.js";
import { BylineStore } from "../db/store.js";
import { startBot } from "../discord/bot.js";
import { deployCommands, describeDeploy } from "../discord/deployCommands.js";
import { UserFacingError } from "../errors.js";
import { LiveCorpus } from "../story/liveCorpus.js";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./exitCodes.js";

type Say = (text: string) => void;

/**
 * Runs the bot until SIGINT or SIGTERM, then closes the gateway connection cleanly. Returns the
 * exit code: 0 after a clean stop, 1 when Discord refused the connection.
 */
/** Where removed stories' files are kept, in the data folder. */
export const REMOVED_STORIES = "removed-stories";

export async function runBot(
  config: Config & { readonly discordToken: string },
  context: CommandContext,
  logger: Logger,
  complain: Say,
): Promise<number> {
  // One failed request must never take the bot down.
  const keepGoing = (reason: unknown) =>
    logger.error({ err: reason }, "unhandled promise rejection");
  process.on("unhandledRejection", keepGoing);
  // Listening before login: a Ctrl-C while connecting still ends in a clean close.
  const stopSignal = nextStopSignal();
  let store: BylineStore;
  try {
    store = BylineStore.open(config.dataDir);
  } catch (error) {
    process.off("unhandledRejection", keepGoing);
    stopSignal.cancel();
    if (!(error instanceof UserFacingError)) throw error;
    complain(`byline: ${error.message}`);
    return EXIT_FAILED;
  }
  // Stories added from Discord or changed on disk are read without a restart.
  const corpus = new LiveCorpus(config.corpusDir, context.library, {
    removedDir: join(config.dataDir, REMOVED_STORIES),
    logger,
  });
  corpus.watch();
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot({
      token: config.discordToken,
      ...(config.discordApiBase ? { apiBase: config.discordApiBase } : {}),
      ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}),
      context: { ...context, messageCommands },
      logger,
      store,
      corpus,
    });
  } catch (error) {
    process.off("unhandledRejection", keepGoing);
    stopSignal.cancel();
    corpus.close();
    store.close();
    complain(`byline: could not connect to Discord: ${connectionProblem(error)}`);
    return EXIT_FAILED;
  }
  const signal = await stopSignal.signal;
  logger.info({ signal }, "stopping");
  corpus.close();
  await bot.stop();
  store.close();
  exitSoon(EXIT_OK);
  return EXIT_OK;
}

/** `--shards N|auto`: discord.js's ShardingManager, one process per shard, each running `start`. */
export async function runShards(
  config: Config,
  shards: string,
  logger: Logger,
  complain: Say,
): Promise<number> {
  const count = shards === "auto" ? "auto" : Number(shards);
  if (count !== "auto" && !(Number.isInteger(count) && count >= 1)) {
    complain(`byline: --shards takes a whole number of shards or auto, not "${shards}".`);
    return EXIT_USAGE;
  }
  if (count === "auto" && config.discordApiBase) {
    complain(
      "byline: --shards auto asks discord.com for the shard count; with DISCORD_API_BASE set, give the number, e.g. --shards 2.",
    );
    return EXIT_USAGE;
  }
  const manager = new ShardingManager(fileURLToPath(new URL("./main.js", import.meta.url)), {
    token: config.discordToken ?? "",
    totalShards: count,
    shardArgs: ["start"],
    respawn: true,
  });
  manager.on("shardCreate", (shard) => logger.info({ shard: shard.id }, "shard started"));
  const stopSignal = nextStopSignal();
  try {
    await manager.spawn();
  } catch (error) {
    complain(`byline: could not start the shards: ${connectionProblem(error)}`);
    stopSignal.cancel();
    for (const shard of manager.shards.values()) shard.kill();
    return EXIT_FAILED;
  }
  const signal = await stopSignal.signal;
  logger.info({ signal }, "stopping the shards");
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  exitSoon(EXIT_OK);
  return EXIT_OK;
}

/** `byline deploy-commands [--guild ID]`: registers the command set and prints what changed. */
export async function deployCommandSet(
  config: Config,
  guildId: string | undefined,
  out: { say: Say; complain: Say },
): Promise<number> {
  if (!config.discordToken || !config.discordClientId) {
    const missing = [
      config.discordToken ? "" : "DISCORD_TOKEN",
      config.discordClientId ? "" : "DISCORD_CLIENT_ID",
    ].filter(Boolean);
    out.complain(
      `byline: deploy-commands needs ${missing.join(" and ")} (see .env.example: the Developer Portal shows both).`,
    );
    return EXIT_USAGE;
  }
  if (guildId !== undefined && !/^\d+$/.test(guildId)) {
    out.complain(`byline: --guild takes a server id (a number), not "${guildId}".`);
    return EXIT_USAGE;
  }
  const rest = new REST(config.discordApiBase ? { api: config.discordApiBase } : {}).setToken(
    config.discordToken,
  );
  try {
    const report = await deployCommands({
      rest,
      applicationId: config.discordClientId,
      ...(guildId ? { guildId } : {}),
      commands: [...commands, ...messageCommands].map((command) => command.data),
    });
    out.say(describeDeploy(report));
    return EXIT_OK;
  } catch (error) {
    out.complain(`byline: could not register the commands: ${connectionProblem(error)}`);
    return EXIT_FAILED;
  }
}

/** The next SIGINT or SIGTERM, listened for from now on; `cancel` stops listening. */
function nextStopSignal(): { readonly signal: Promise<NodeJS.Signals>; cancel(): void } {
  let stop: (signal: NodeJS.Signals) => void = () => undefined;
  const cancel = () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  };
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    stop = (received) => {
      cancel();
      resolve(received);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return { signal, cancel };
}

/** Exits once pending output is written, if an open connection would keep the process alive. */
function exitSoon(code: number): void {
  setTimeout(() => process.exit(code), 1000).unref();
}

/** What went wrong connecting, in words, and what to check. */
function connectionProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/token/i.test(message)) {
    return `${message} Check DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token).`;
  }
  if (/ECONNREFUSED|ENOTFOUND|fetch failed|ETIMEDOUT/i.test(message)) {
    return `${message}. Check your network, and DISCORD_API_BASE if you set it.`;
  }
  return message;
}
