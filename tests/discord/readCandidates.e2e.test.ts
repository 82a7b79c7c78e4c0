import { InteractionResponseType } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningBot } from "../../src/discord/bot.js";
import type { Story } from "../../src/story/types.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { splitSentences } from "../../src/text/sentences.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";
import { option } from "./commandOptions.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";
import { startQuietBot } from "./quietBot.js";

let fake: FakeDiscord;
let bot: RunningBot;
let library: StoryLibrary;

/** A story that shares no word with the quote asked about. */
function unrelated(id: string, text: string): Story {
  return {
    id,
    file: `${id}.txt`,
    title: text,
    titleSource: "front-matter",
    contributors: [],
    body: [{ number: 1, text, sentences: splitSentences(text) }],
    asides: [],
  };
}

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
  library = new StoryLibrary([
    readStory(SEED_STORY),
    readStory(fixturePath("ridgeline-wildfire.txt")),
    unrelated("zebra-crossings", "Zebra crossings were painted blue in Fenwick."),
    unrelated("choir-concert", "The Fenwick choir sang carols in December."),
  ]);
  bot = await startQuietBot(fake, library);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("statements read for a command across many stories", () => {
  it("GIVEN /who said and no statements read yet THEN only the stories its words match are read for it", async () => {
    const quote = option("quote", "gusts up to 60 miles an hour");
    const exchange = await fake.interact(
      fake.chatInput({ name: "who", subcommand: "said", options: [quote] }),
    );
    expect(exchange.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await exchange.waitForEdit(0, 10_000);
    expect(JSON.stringify(edit.body)).toContain("Maria Alvarez");
    const read = library.stories.filter((s) => library.cachedStatementsOf(s)).map((s) => s.id);
    expect(read).toContain("ridgeline-wildfire");
    expect(read).not.toContain("zebra-crossings");
    expect(read).not.toContain("choir-concert");
  });
});
