import { fileURLToPath } from "node:url";
import {
  type APIApplicationCommandInteractionDataOption,
  type APIEmbed,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningBot } from "../../src/discord/bot.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { option } from "./commandOptions.js";
import {
  DEFAULT_MEMBER_PERMISSIONS,
  type FakeDiscord,
  snowflake,
  startFakeDiscord,
} from "./fakeDiscord.js";
import { startQuietBot } from "./quietBot.js";
import { shownMessage } from "./shownMessage.js";
import { expectWithinLimits } from "./withinLimits.js";

/** An invented story: Obi's words come through the Fenwick Star, Ruiz's second through a radio. */
const CORPUS = fileURLToPath(new URL("../fixtures/outer-source/", import.meta.url));
const NEWS = snowflake();
const MODERATOR = String(DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.PinMessages);
const MOD = { id: "400000000000000003", username: "mod_anna" };

let fake: FakeDiscord;
let bot: RunningBot;

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
}

async function command(
  name: string,
  options: APIApplicationCommandInteractionDataOption[],
  extra: Partial<Parameters<FakeDiscord["chatInput"]>[0]> = {},
): Promise<MessageData> {
  const exchange = await fake.interact(
    fake.chatInput({ name, options, channelId: NEWS, ...extra }),
  );
  const message = (await shownMessage(fake, exchange)) as MessageData;
  expectWithinLimits(message);
  return message;
}

beforeAll(async () => {
  fake = await startFakeDiscord({
    guilds: [{ name: "Desk", channels: [{ id: NEWS, name: "news" }] }],
  });
  const library = await StoryLibrary.load(CORPUS);
  // Read before the first command, so none waits on the reading under a busy test run.
  for (const story of library.stories) library.statementsOf(story);
  bot = await startQuietBot(fake, library);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("the outer source on Discord, with the real discord.js client", () => {
  it("GIVEN /quotes THEN each statement's speaker carries the source its sentence credits, and only those", async () => {
    const message = await command("quotes", []);
    const lines = (message.embeds?.[0]?.description ?? "")
      .split("\n")
      .filter((l) => l.startsWith("¶"));
    expect(lines).toEqual([
      "¶1 **the company**, in the story's words: Harbor Mutual Lines will raise fares on its island ferries by 40 percent in May",
      "¶2 **Ken Obi** (according to the Fenwick Star) (chief executive of Harbor Mutual Lines): “We cannot run empty boats through the winter”",
      "¶3 **Fenwick Star** (Fenwick), in the story's words: Obi said the line had lost money on every winter crossing since 2019",
      "¶4 **Dana Ruiz** (Mayor): “Riders will simply stop coming”",
      "¶5 **Dana Ruiz** (according to Port Alder Radio) (Mayor), in the story's words: the council would ask the state to cap the fares",
    ]);
  });

  it("GIVEN /who is Ruiz THEN her card says which of her statements came through Port Alder Radio", async () => {
    const message = await command("who", [option("name", "Ruiz")], { subcommand: "is" });
    const lines = (message.embeds?.[0]?.description ?? "").split("\n");
    expect(lines.filter((l) => l.startsWith("¶"))).toEqual([
      "¶4: “Riders will simply stop coming”",
      "¶5 (according to Port Alder Radio), in the story's words: the council would ask the state to cap the fares",
    ]);
  });

  it("GIVEN /pin quote: of words Obi told the Star THEN the pinned message names Obi and the Star, pinging no one", async () => {
    await command("pin", [option("quote", "empty boats")], {
      user: MOD,
      member: { permissions: MODERATOR },
    });
    const posted = fake.requests.find(
      (r) => r.route === "POST /channels/:channel/messages" && r.params.channel === NEWS,
    );
    const body = posted?.body as MessageData;
    expect(body.embeds?.[0]?.author?.name).toBe(
      "Ken Obi (according to the Fenwick Star) — chief executive of Harbor Mutual Lines",
    );
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    expectWithinLimits(body);
  });
});
