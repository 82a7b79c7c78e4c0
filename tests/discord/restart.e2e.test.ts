import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
  InteractionResponseType,
} from "discord-api-types/v10";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { type RunningBot, startBot } from "../../src/discord/bot.js";
import { readButtonId } from "../../src/discord/customIds.js";
import { UserRateLimit } from "../../src/discord/userRateLimit.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { readStory, SEED_STORY } from "../helpers.js";
import { type FakeDiscord, startFakeDiscord } from "./fakeDiscord.js";

let fake: FakeDiscord;
let bot: RunningBot | undefined;

/** A fresh Byline, as after a restart: nothing carried over but the stories. */
function start(): Promise<RunningBot> {
  return startBot({
    token: "a.b.c",
    apiBase: fake.apiBase,
    context: { library: new StoryLibrary([readStory(SEED_STORY)]), commands },
    logger: pino({ level: "silent" }),
    rateLimit: new UserRateLimit(Number.MAX_SAFE_INTEGER),
  });
}

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("buttons after a restart", () => {
  it("GIVEN an answer from before a restart WHEN its More button is pressed THEN the new process pages it", async () => {
    bot = await start();
    const question = {
      name: "question",
      type: ApplicationCommandOptionType.String,
      value: "Iran drones Russia",
    } as APIApplicationCommandInteractionDataOption;
    const asked = await fake.interact(fake.chatInput({ name: "ask", options: [question] }));
    const answer = asked.original();
    const rows = (answer?.components ?? []) as {
      components?: { custom_id?: string; label?: string }[];
    }[];
    const more = rows
      .flatMap((row) => row.components ?? [])
      .filter((button) => button.label === "More")
      .map((button) => button.custom_id ?? "")
      .find((id) => readButtonId(id)?.action === "more");
    if (!answer || !more) throw new Error("expected a pageable answer");
    await bot.stop();

    bot = await start();
    const paged = await fake.interact(
      fake.buttonClick({ customId: more, message: answer, user: asked.interaction.member?.user }),
    );
    expect(paged.callback.type).toBe(InteractionResponseType.UpdateMessage);
    const footer = (
      paged.callback as { data: { embeds: { footer?: { text: string } }[] } }
    ).data.embeds.at(-1)?.footer?.text;
    expect(footer).toBe('/ask question:"Iran drones Russia" · page 2');
  });
});
