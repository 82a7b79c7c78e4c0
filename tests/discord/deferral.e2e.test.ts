import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningBot } from "../../src/discord/bot.js";
import { APOLOGY } from "../../src/discord/interactionHandler.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";
import { startQuietBot } from "./quietBot.js";

let fake: FakeDiscord;
let bot: RunningBot;

const text = (name: string, value: string) =>
  ({
    name,
    type: ApplicationCommandOptionType.String,
    value,
  }) as APIApplicationCommandInteractionDataOption;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
  // Stories whose statements nobody has read yet: the first /summary must read them.
  const library = new StoryLibrary([
    readStory(SEED_STORY),
    readStory(fixturePath("harbor-city-budget.md")),
    readStory(fixturePath("ridgeline-wildfire.txt")),
  ]);
  bot = await startQuietBot(fake, library);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("answers that may take a while", () => {
  it("GIVEN statements not read yet WHEN /summary is asked THEN the bot defers publicly, then edits in the answer", async () => {
    const exchange = await fake.interact(
      fake.chatInput({ name: "summary", options: [text("story", "putin-visits-tehran")] }),
    );
    expect(exchange.callback).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: 0 },
    });
    // Statements are read on a fresh worker thread (which loads its libraries first): on a busy
    // machine that takes seconds, so these answers are waited for up to 10 s.
    const edit = await exchange.waitForEdit(0, 10_000);
    const body = edit.body as { embeds: { title: string }[]; allowed_mentions: { parse: [] } };
    expect(body.embeds[0]?.title).toBe("Summary (short)");
    expect(body.allowed_mentions.parse).toEqual([]);
  });

  it("GIVEN a deferred answer that turns out to be an error THEN the public 'thinking' message is removed and the error is private", async () => {
    const exchange = await fake.interact(
      fake.chatInput({
        name: "summary",
        options: [text("length", "huge"), text("story", "harbor-city-budget")],
      }),
    );
    expect(exchange.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const followUp = await exchange.waitForFollowUp(0, 10_000);
    expect(followUp.body).toMatchObject({
      flags: MessageFlags.Ephemeral,
      content: expect.stringContaining("length: must be short, medium or long"),
    });
    expect(exchange.requests().some((r) => r.method === "DELETE")).toBe(true);
    expect(followUp.response).toMatchObject({ flags: MessageFlags.Ephemeral });
  });

  it("GIVEN a deferred answer whose edit Discord rejects THEN the apology is private, not left in the public message", async () => {
    fake.failNext((r) => r.method === "PATCH" && r.params.message === "@original", {
      status: 400,
      body: { code: 50035, message: "Invalid Form Body" },
    });
    const exchange = await fake.interact(
      fake.chatInput({ name: "summary", options: [text("story", "ridgeline-wildfire")] }),
    );
    expect(exchange.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const apology = await exchange.waitForFollowUp(0, 10_000);
    expect(apology.body).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });
    expect(apology.response).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(exchange.original()).toBeUndefined();
  });
});
