import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { type RunningBot, startBot } from "../../src/discord/bot.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";
import { runLoad } from "./loadHarness.js";

let fake: FakeDiscord;
let bot: RunningBot;

beforeAll(async () => {
  fake = await startFakeDiscord({
    guilds: [{ name: "Desk", channels: [{ name: "news" }] }],
    interactionDeadlineMs: 3000,
  });
  const library = new StoryLibrary(
    [SEED_STORY, fixturePath("ridgeline-wildfire.txt"), fixturePath("harbor-city-budget.md")].map(
      readStory,
    ),
  );
  // As `npm start` runs it: default rate limit, statements read in the background.
  bot = await startBot({
    token: "a.b.c",
    apiBase: fake.apiBase,
    context: { library, commands },
    logger: pino({ level: "silent" }),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("many people at once (the load run of npm run bench:load, smaller)", () => {
  it("GIVEN 25 people sending 200 mixed interactions, right after connecting THEN none is lost or answered twice, and every first response comes well inside Discord's 3 s", async () => {
    const result = await runLoad(
      fake,
      {
        questions: [
          "where is putin going",
          "how much of the fire is contained",
          "what did the council pass",
        ],
        quotes: ["baseless", "We are not going to let up", "the budget"],
        names: ["Sullivan", "Alvarez", "Price", "Whitfield"],
        stories: ["putin-visits-tehran", "ridgeline-wildfire", "harbor-city-budget"],
      },
      200,
      25,
    );
    expect(result).toMatchObject({ interactions: 200, lost: 0, answeredTwice: 0 });
    expect(result.commandP99).toBeLessThan(2000);
    expect(result.autocompleteP99).toBeLessThan(2000);
  }, 120_000);
});
