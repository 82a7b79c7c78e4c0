import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Logger } from "pino";
import type { CommandContext } from "../../commands/types.js";
import { warmUp } from "../answers/warmUp.js";
import { StatementsCache } from "../cache/statementsCache.js";
import type { BylineStore } from "../db/store.js";
import { StatementReader } from "../statements/statementReader.js";
import { StatementsPool } from "../statements/statementsPool.js";
import type { LiveCorpus } from "../story/liveCorpus.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { createInteractionHandler } from "./interactionHandler.js";
import { NO_MENTIONS } from "./replyPayload.js";
import { UserRateLimit } from "./userRateLimit.js";

export interface BotOptions {
  readonly token: string;
  /** Another Discord-compatible API (DISCORD_API_BASE), without `/v10`. */
  readonly apiBase?: string;
  readonly context: CommandContext;
  readonly logger: Logger;
  /** Read every story's statements in the background once connected (default true). */
  readonly readAhead?: boolean;
  /** How often one person may ask (default: userRateLimit.ts's BURST and REFILL_MS). */
  readonly rateLimit?: UserRateLimit;
  /** Where read statements are kept between runs (Config's cacheDir); none by default. */
  readonly cacheDir?: string;
  /** Servers' default stories and readers' feedback (the database); none: not offered. */
  readonly store?: BylineStore;
  /** The corpus folder, watched, for /story add and remove; none: stories are fixed. */
  readonly corpus?: LiveCorpus;
  /** How often the event loop's delay is logged (default: every minute). */
  readonly loopReportMs?: number;
}

export interface RunningBot {
  readonly client: Client;
  /** Closes the gateway connection cleanly (close code 1000). */
  stop(): Promise<void>;
}

/**
 * Requests a second discord.js lets through before it holds the rest until the second is over.
 * Its default, 50, is Discord's global rate limit, which interaction responses and follow-ups are
 * not bound by (Discord's "Rate Limits" page), and they are nearly all Byline sends: held back to
 * 50 a second, the answers of 50 people at once went out in bunches, one each second (load run at
 * 10,000 stories: command p50 68–70 ms and suggestions' p99 286–296 ms, against 14–17 ms and
 * 60–106 ms with this). Should Byline's other requests (pins, story files) ever pass Discord's
 * own limit, Discord answers 429 with a time to wait, which discord.js keeps to.
 */
const REQUESTS_PER_SECOND = 1000;

/** A discord.js client for Byline: the Guilds intent only (nothing privileged), pinging no one. */
export function createClient(apiBase?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: { globalRequestsPerSecond: REQUESTS_PER_SECOND, ...(apiBase ? { api: apiBase } : {}) },
  });
}

/** Connects Byline to Discord and answers interactions until stopped. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { context, logger } = options;
  const client = createClient(options.apiBase);
  const pool = new StatementsPool();
  const reader = new StatementReader(
    context.library,
    pool,
    options.cacheDir
      ? new StatementsCache(options.cacheDir, logger, (file) => pool.readCached(file))
      : undefined,
    logger,
  );
  client.on(
    Events.InteractionCreate,
    createInteractionHandler(context, logger, {
      rateLimit: options.rateLimit ?? new UserRateLimit(),
      reader,
      ...(options.store ? { store: options.store } : {}),
      ...(options.corpus ? { corpus: options.corpus } : {}),
    }),
  );
  const loop = watchEventLoop(logger, options.loopReportMs ?? LOOP_REPORT_MS);
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shard: ready.shard?.ids },
      "connected to Discord",
    );
    if (options.readAhead !== false) {
      reader
        .readAll()
        .catch((error: unknown) =>
          logger.error({ err: error }, "could not read the stories' statements"),
        );
    }
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord.js error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, "gateway connection closed"),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "gateway session resumed"),
  );
  if (options.readAhead !== false) await warmUpLogged(context.library, logger);
  await client.login(options.token);
  return {
    client,
    async stop() {
      await client.destroy();
      loop.stop();
      reader.stop();
      await pool.close();
      logger.info("disconnected from Discord");
    },
  };
}

/** Stories looked at for the shortest to warm up on. */
const WARM_UP_CHOICES = 20;
/**
 * The longest story warmed up on, in characters: reading who said what in it takes about 20 ms a
 * KB on this thread (a 250 KB story: seconds before connecting), so a library with no short story
 * among the first has no warm-up.
 */
const WARM_UP_MAX_CHARACTERS = 10_000;

/**
 * Runs the commands' code on a short story before connecting, so that V8 compiles it before people
 * ask: with a warm cache the first people ask as soon as the bot connects, long before every
 * story's statements are read (10,000 stories: 0.2–0.4 s of work before connecting; the first
 * burst's suggestions waited 120–160 ms on arrival without it).
 */
async function warmUpLogged(library: StoryLibrary, logger: Logger): Promise<void> {
  const story = library.stories
    .slice(0, WARM_UP_CHOICES)
    .map((candidate) => ({
      candidate,
      length: candidate.body.reduce((sum, paragraph) => sum + paragraph.text.length, 0),
    }))
    .filter(({ length }) => length <= WARM_UP_MAX_CHARACTERS)
    .sort((a, b) => a.length - b.length)[0]?.candidate;
  if (!story) return;
  try {
    // Read here, not on the worker thread, which would first have to start and load its code (2 s
    // in a run at 10,000 stories); a short story takes tens of ms.
    library.statementsOf(story);
    logger.info({ story: story.id, ms: Math.round(await warmUp(library, story)) }, "warmed up");
  } catch (error) {
    logger.warn({ err: error }, "could not warm up; the first answers may be slower");
  }
}

/** Logging the event loop's delay: this often by default. */
const LOOP_REPORT_MS = 60_000;

/**
 * Measures how late the event loop runs (perf_hooks' histogram, 10 ms resolution) and logs its
 * p50, p99 and max every `everyMs` and when the bot stops: the delay every interaction waits
 * before it is even read.
 */
function watchEventLoop(logger: Logger, everyMs: number): { stop(): void } {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const log = () => {
    logger.info(
      {
        p50Ms: ms(delay.percentile(50)),
        p99Ms: ms(delay.percentile(99)),
        maxMs: ms(delay.max),
      },
      "event loop delay",
    );
    delay.reset();
  };
  const report = setInterval(log, everyMs);
  report.unref();
  return {
    /** Logs the delay since the last report, and stops measuring. */
    stop() {
      clearInterval(report);
      log();
      delay.disable();
    },
  };
}
