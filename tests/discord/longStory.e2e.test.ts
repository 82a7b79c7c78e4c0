import { InteractionResponseType } from "discord-api-types/v10";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { type RunningBot, startBot } from "../../src/discord/bot.js";
import { UserRateLimit } from "../../src/discord/userRateLimit.js";
import { MAX_STORY_BYTES } from "../../src/story/loadCorpus.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { longStory } from "../fixtures/longStory.js";
import { option, subcommand } from "./commandOptions.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";

let fake: FakeDiscord;
let bot: RunningBot;
let library: StoryLibrary;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  // Discord's own deadline: a first response later than 3 s is lost.
  fake = await startFakeDiscord({
    guilds: [{ name: "Desk", channels: [{ name: "news" }] }],
    interactionDeadlineMs: 3000,
  });
  // Just under the size limit: reading who said what in it takes seconds.
  library = new StoryLibrary([parseStory("harbour-year.txt", longStory(MAX_STORY_BYTES - 2048))]);
  bot = await startBot({
    token: "a.b.c",
    apiBase: fake.apiBase,
    context: { library, commands },
    logger: pino({ level: "info" }, { write: (line: string) => logLines.push(JSON.parse(line)) }),
    rateLimit: new UserRateLimit(Number.MAX_SAFE_INTEGER),
    loopReportMs: 250,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("a story near the size limit", () => {
  it("GIVEN its statements being read in the background WHEN /ask comes right after connecting THEN it is answered within a second", async () => {
    expect(library.cachedStatementsOf(library.stories[0] ?? library.story())).toBeUndefined();
    const started = performance.now();
    const exchange = await fake.interact(
      fake.chatInput({
        name: "ask",
        options: [option("question", "How many tonnes of stone were moved on day 42?")],
      }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(exchange.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it("GIVEN /who said before its statements are read THEN the bot defers at once and edits the answer in", async () => {
    const exchange = await fake.interact(
      fake.chatInput({
        name: "who",
        options: [subcommand("said", [option("quote", "We have asked for help 43 times")])],
      }),
    );
    expect(exchange.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await exchange.waitForEdit(0, 30_000);
    const body = edit.body as { embeds: { description?: string; fields?: { value: string }[] }[] };
    expect(JSON.stringify(body.embeds)).toContain("Tom Obi");
  }, 40_000);

  it("GIVEN the bot serving THEN the event loop's delay is logged with its p50, p99 and max", async () => {
    await fake.waitFor(
      () => logLines.some((line) => line.msg === "event loop delay"),
      3000,
      "event loop report",
    );
    const report = logLines.find((line) => line.msg === "event loop delay");
    expect(report).toEqual(
      expect.objectContaining({
        p50Ms: expect.any(Number),
        p99Ms: expect.any(Number),
        maxMs: expect.any(Number),
      }),
    );
  });
});
