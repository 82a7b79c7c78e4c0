import pino from "pino";
import { commands } from "../../commands/index.js";
import { type RunningBot, startBot } from "../../src/discord/bot.js";
import { UserRateLimit } from "../../src/discord/userRateLimit.js";
import type { StoryLibrary } from "../../src/storyLibrary.js";
import type { FakeDiscord } from "./fakeDiscord.js";

/**
 * The real bot, connected to the fake Discord, with no log output and no statements read ahead:
 * what a command reads, it reads when asked, as the deferral tests need.
 */
export function startQuietBot(fake: FakeDiscord, library: StoryLibrary): Promise<RunningBot> {
  return startBot({
    token: "a.b.c",
    apiBase: fake.apiBase,
    context: { library, commands },
    logger: pino({ level: "silent" }),
    readAhead: false,
    rateLimit: new UserRateLimit(Number.MAX_SAFE_INTEGER),
  });
}
