import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
  InteractionResponseType,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningBot } from "../../src/discord/bot.js";
import { LARGE_LIBRARY_PARAGRAPHS } from "../../src/discord/interactionHandler.js";
import type { Story } from "../../src/story/types.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { splitSentences } from "../../src/text/sentences.js";
import { readStory, SEED_STORY } from "../helpers.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";
import { startQuietBot } from "./quietBot.js";

let fake: FakeDiscord;
let bot: RunningBot;

/** A long-running live blog: one short dated entry per paragraph. */
function liveBlog(paragraphs: number): Story {
  const towns = ["Ashby", "Brennock", "Calder", "Dunmore", "Elsworth", "Fenwick", "Garrow"];
  const body = Array.from({ length: paragraphs }, (_, index) => {
    const text = `Update ${index + 1}: the ferry from ${towns[index % towns.length]} left on time.`;
    return { number: index + 1, text, sentences: splitSentences(text) };
  });
  return {
    id: "ferry-live-blog",
    file: "ferry-live-blog.txt",
    title: "Ferry updates",
    titleSource: "front-matter",
    contributors: [],
    body,
    asides: [],
  };
}

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
  const library = new StoryLibrary([readStory(SEED_STORY), liveBlog(LARGE_LIBRARY_PARAGRAPHS)]);
  bot = await startQuietBot(fake, library);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("a library large enough for searches to take a while", () => {
  it("GIVEN as many paragraphs as LARGE_LIBRARY_PARAGRAPHS WHEN /ask is asked THEN the bot defers publicly, then edits in the answer", async () => {
    const question: APIApplicationCommandInteractionDataOption = {
      name: "question",
      type: ApplicationCommandOptionType.String,
      value: "where is putin going",
    };
    const exchange = await fake.interact(fake.chatInput({ name: "ask", options: [question] }));
    expect(exchange.callback).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: 0 },
    });
    const edit = await exchange.waitForEdit();
    const body = edit.body as {
      embeds: { description: string }[];
      allowed_mentions: { parse: [] };
    };
    expect(body.embeds[0]?.description).toContain("traveling to Tehran");
    expect(body.allowed_mentions.parse).toEqual([]);
  });
});
