import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Logger } from "pino";
import type { CommandContext } from "../../commands/types.js";
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
}

export interface RunningBot {
  readonly client: Client;
  /** Closes the gateway connection cleanly (close code 1000). */
  stop(): Promise<void>;
}

/** A discord.js client for Byline: the Guilds intent only (nothing privileged), pinging no one. */
export function createClient(apiBase?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(apiBase ? { rest: { api: apiBase } } : {}),
  });
}

/** Connects Byline to Discord and answers interactions until stopped. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { context, logger } = options;
  const client = createClient(options.apiBase);
  client.on(
    Events.InteractionCreate,
    createInteractionHandler(context, logger, options.rateLimit ?? new UserRateLimit()),
  );
  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shard: ready.shard?.ids },
      "connected to Discord",
    );
    if (options.readAhead !== false) readStatementsInBackground(context.library, logger);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord.js error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, "gateway connection closed"),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "gateway session resumed"),
  );
  await client.login(options.token);
  return {
    client,
    async stop() {
      await client.destroy();
      logger.info("disconnected from Discord");
    },
  };
}

/**
 * Reads every story's statements a few at a time between interactions, so the first /who,
 * /quotes or /summary on a story need not wait, and autocomplete has every story's people.
 */
function readStatementsInBackground(library: StoryLibrary, logger: Logger): void {
  const pending = [...library.stories];
  const started = performance.now();
  const step = () => {
    const until = performance.now() + 20;
    while (pending.length > 0 && performance.now() < until) {
      const story = pending.shift();
      if (story) library.statementsOf(story);
    }
    if (pending.length > 0) setImmediate(step);
    else {
      logger.debug(
        { stories: library.stories.length, ms: Math.round(performance.now() - started) },
        "statements read",
      );
    }
  };
  setImmediate(step);
}
