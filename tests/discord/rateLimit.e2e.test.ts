import { InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { type RunningBot, startBot } from "../../src/discord/bot.js";
import { BURST } from "../../src/discord/userRateLimit.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { readStory, SEED_STORY } from "../helpers.js";
import { option } from "./commandOptions.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";

let fake: FakeDiscord;
let bot: RunningBot;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
  // The bot as `npm start` runs it: the default limit.
  bot = await startBot({
    token: "a.b.c",
    apiBase: fake.apiBase,
    context: { library: new StoryLibrary([readStory(SEED_STORY)]), commands },
    logger: pino({ level: "silent" }),
    readAhead: false,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("one person flooding the bot", () => {
  it(`GIVEN ${BURST} commands at once from one person THEN all are answered; the next is asked privately to wait, and another person is still answered`, async () => {
    const flooder = { id: "700000000000000001", username: "flooder" };
    const excerpt = (user: { id: string; username: string }) =>
      fake.interact(fake.chatInput({ name: "excerpt", options: [option("paragraph", 1)], user }));
    const burst = await Promise.all(Array.from({ length: BURST }, () => excerpt(flooder)));
    for (const exchange of burst) {
      expect(exchange.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(exchange.callback).not.toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    }
    const over = await excerpt(flooder);
    expect(over.callback).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        flags: MessageFlags.Ephemeral,
        content: expect.stringMatching(
          /^You are sending commands faster .* Try again in [12] seconds?\.$/,
        ),
        allowed_mentions: { parse: [] },
      },
    });
    const other = await excerpt({ id: "700000000000000002", username: "reader" });
    expect(other.callback).toMatchObject({
      data: { embeds: [expect.objectContaining({ description: expect.any(String) })] },
    });
  });
});
