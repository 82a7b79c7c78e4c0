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
import { option, subcommand } from "./commandOptions.js";
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

  it("GIVEN commands that defer and a suggestion read from the gateway together THEN the suggestion is sent before the commands' replies", async () => {
    const asks = Array.from({ length: 8 }, (_, i) =>
      fake.chatInput({ name: "ask", options: [option("question", `when did ferry ${i} leave`)] }),
    );
    const suggestion = fake.autocomplete({
      name: "who",
      options: [subcommand("is", [option("name", "Sul")])],
      focused: "name",
    });
    // Dispatched one after the other in one turn: the bot reads them together.
    const exchanges = await Promise.all([...asks, suggestion].map((i) => fake.interact(i, 10_000)));
    const sentAt = (id: string) =>
      fake.requests.findIndex((r) => r.interactionId === id && r.route?.endsWith("/callback"));
    expect(exchanges.at(-1)?.callback.type).toBe(
      InteractionResponseType.ApplicationCommandAutocompleteResult,
    );
    for (const ask of asks) expect(sentAt(suggestion.id)).toBeLessThan(sentAt(ask.id));
    // Each then answered: edited in, or said privately when the story does not answer it.
    for (const exchange of exchanges.slice(0, -1))
      await fake.waitFor(
        () =>
          exchange
            .requests()
            .some((r) => r.method === "PATCH" || r.route === "POST /webhooks/:app/:token"),
        10_000,
      );
  });
});
