import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type APIApplicationCommandInteractionDataOption,
  type APIEmbed,
  ApplicationCommandOptionType,
  InteractionResponseType,
  MessageFlags,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, messageCommands } from "../../commands/index.js";
import { main } from "../../src/cli/main.js";
import { BylineStore } from "../../src/db/store.js";
import { type RunningBot, startBot } from "../../src/discord/bot.js";
import { readButtonId } from "../../src/discord/customIds.js";
import { UserRateLimit } from "../../src/discord/userRateLimit.js";
import { LiveCorpus } from "../../src/story/liveCorpus.js";
import { loadCorpus } from "../../src/story/loadCorpus.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath } from "../helpers.js";
import { option } from "./commandOptions.js";
import {
  DEFAULT_MEMBER_PERMISSIONS,
  type FakeDiscord,
  type InteractionExchange,
  snowflake,
  startFakeDiscord,
} from "./fakeDiscord.js";
import { shownMessage } from "./shownMessage.js";
import { expectWithinLimits } from "./withinLimits.js";

const GUILD = snowflake();
const NEWSROOM = snowflake();
const MODERATOR = String(DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages);
const READER = { id: "400000000000000001", username: "reader" };
const MOD = { id: "400000000000000003", username: "mod_anna" };
const FERRY = `---
title: Fenwick ferry service to resume in May
outlet: Fenwick Courier
url: https://www.example.com/fenwick/ferry
contributors: [Tom Vance]
---

The Fenwick ferry will carry passengers again from May 1, the port authority said on Tuesday.

"We have rebuilt both landings, and the crossing is safe," said Dana Ruiz, the authority's director.

Ken Obi, who runs a cafe by the north landing, said the closure had cost him half his trade.
`;

let fake: FakeDiscord;
let bot: RunningBot;
let library: StoryLibrary;
let corpus: LiveCorpus;
let store: BylineStore;
let root: string;
let corpusDir: string;
let dataDir: string;

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  components?: {
    components: {
      custom_id?: string;
      label?: string;
      url?: string;
      style?: number;
      disabled?: boolean;
    }[];
  }[];
  flags?: number;
}

async function startTheBot(): Promise<void> {
  store = BylineStore.open(dataDir);
  library = StoryLibrary.fromCorpus(await loadCorpus(corpusDir));
  const logger = pino({ level: "silent" });
  corpus = new LiveCorpus(corpusDir, library, {
    removedDir: join(dataDir, "removed-stories"),
    logger,
    settleMs: 50,
  });
  corpus.watch();
  bot = await startBot({
    token: "a.b.c",
    apiBase: fake.apiBase,
    context: { library, commands, messageCommands },
    logger,
    readAhead: false,
    rateLimit: new UserRateLimit(Number.MAX_SAFE_INTEGER),
    store,
    corpus,
  });
}

async function stopTheBot(): Promise<void> {
  corpus.close();
  await bot.stop();
  store.close();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "byline-stories-e2e-"));
  corpusDir = join(root, "corpus");
  dataDir = join(root, "data");
  mkdirSync(corpusDir);
  for (const name of ["harbor-city-budget.md", "ridgeline-wildfire.txt"])
    copyFileSync(fixturePath(name), join(corpusDir, name));
  fake = await startFakeDiscord({
    guilds: [{ id: GUILD, name: "Newsroom", channels: [{ id: NEWSROOM, name: "news" }] }],
  });
  await startTheBot();
});

afterAll(async () => {
  await stopTheBot();
  await fake.close();
  rmSync(root, { recursive: true, force: true });
});

/** Answers may wait behind statement reading on a busy machine: more than the fake's 2 s default. */
function interact<T extends Parameters<FakeDiscord["interact"]>[0]>(interaction: T) {
  return fake.interact(interaction, 10_000);
}

async function shown(exchange: InteractionExchange): Promise<MessageData> {
  return (await shownMessage(fake, exchange, 10_000)) as MessageData;
}

async function run(
  name: string,
  options: APIApplicationCommandInteractionDataOption[] = [],
  extra: Partial<Parameters<FakeDiscord["chatInput"]>[0]> = {},
) {
  const exchange = await interact(
    fake.chatInput({ name, options, user: READER, channelId: NEWSROOM, ...extra }),
  );
  return { exchange, message: await shown(exchange) };
}

const asModerator = { user: MOD, member: { permissions: MODERATOR } };

function buttons(message: MessageData) {
  return (message.components ?? []).flatMap((row) => row.components);
}
const labelled = (message: MessageData, label: string) =>
  buttons(message).find((b) => b.label === label)?.custom_id ?? "";

async function press(
  customId: string,
  messageId: string,
  user = MOD,
  member = { permissions: MODERATOR },
) {
  const exchange = await interact(
    fake.buttonClick({ customId, message: messageId, user, member, channelId: NEWSROOM }),
  );
  return { exchange, message: await shown(exchange) };
}

/** The stored message of an exchange's answer (the deferred reply's). */
function answerOf(exchange: InteractionExchange) {
  const original = exchange.original();
  if (!original) throw new Error("no answer stored");
  return original;
}

async function addStory(name: string, bytes: string | Uint8Array) {
  const file = fake.attachment(name, bytes);
  return run("story", [option("file", file.id, ApplicationCommandOptionType.Attachment)], {
    subcommand: "add",
    ...asModerator,
  });
}

describe("moderators manage stories from Discord", () => {
  it("registers /story for members who can manage messages only, and refuses others on use", async () => {
    const story = commands.find((c) => c.data.name === "story");
    expect(story?.data.default_member_permissions).toBe(String(PermissionFlagsBits.ManageMessages));
    const { message } = await run("story", [], { subcommand: "show" });
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.content).toMatch(/Only members who can manage messages/);
  });

  it("previews an uploaded story privately, saves it on Save, and answers from it at once", async () => {
    const { exchange, message } = await addStory("Fenwick Ferry.md", FERRY);
    expect(exchange.callback).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    const embed = message.embeds?.[0];
    expect(embed?.title).toBe("Add this story?");
    expect(embed?.description).toContain(
      "**[Fenwick ferry service to resume in May](https://www.example.com/fenwick/ferry)**",
    );
    expect(embed?.description).toContain(
      "`fenwick-ferry` · ¶1–¶3 · Fenwick Courier · by Tom Vance",
    );
    expect(embed?.description).toMatch(/People:\*\* .*Dana Ruiz/);
    expect(buttons(message).map((b) => b.label)).toEqual(["Save", "Cancel"]);
    expect(existsSync(join(corpusDir, "fenwick-ferry.md"))).toBe(false);
    expectWithinLimits(message);

    const saved = await press(labelled(message, "Save"), answerOf(exchange).id);
    expect(saved.message.content).toMatch(
      /^Saved "Fenwick ferry service to resume in May" as `fenwick-ferry`/,
    );
    expect(existsSync(join(corpusDir, "fenwick-ferry.md"))).toBe(true);
    const asked = await run("ask", [
      option("question", "When will the ferry run again?"),
      option("story", "fenwick-ferry"),
    ]);
    expect(asked.message.embeds?.[0]?.description).toContain("from May 1");
    const link = buttons(asked.message).find((b) => b.label === "Read the story");
    expect(link).toMatchObject({ style: 5, url: "https://www.example.com/fenwick/ferry" });
  });

  it("saves on a Save pressed after the bot restarted (the upload waits in the database)", async () => {
    const { exchange, message } = await addStory(
      "pier-hours.txt",
      "The Fenwick pier opens at 6 a.m. from Monday, the port authority said.\n",
    );
    await stopTheBot();
    await startTheBot();
    const saved = await press(labelled(message, "Save"), answerOf(exchange).id);
    expect(saved.message.content).toMatch(/^Saved .* as `pier-hours`/);
    expect(library.stories.some((s) => s.id === "pier-hours")).toBe(true);
  });

  it("saves nothing when the moderator cancels, or when someone else presses Save", async () => {
    const { exchange, message } = await addStory(
      "pier-report.txt",
      "The Fenwick pier reopened on Monday after repairs.\n",
    );
    const other = await press(labelled(message, "Save"), answerOf(exchange).id, READER, {
      permissions: MODERATOR,
    });
    expect(other.message.content).toMatch(/Only the person who asked/);
    const cancelled = await press(labelled(message, "Cancel"), answerOf(exchange).id);
    expect(cancelled.message.content).toBe("Cancelled: nothing was changed.");
    expect(existsSync(join(corpusDir, "pier-report.txt"))).toBe(false);
    const again = await press(labelled(message, "Save"), answerOf(exchange).id);
    expect(again.message.content).toMatch(/expired/);
    expect(existsSync(join(corpusDir, "pier-report.txt"))).toBe(false);
  });

  it.each([
    [
      "a binary file",
      "photo.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0]),
      /photo\.txt/,
    ],
    ["a file over 256 KB", "long-read.txt", "word ".repeat(60_000), /more than a news story/],
    ["broken front matter", "broken.md", "---\ntitle: [unclosed\n---\n\nText.\n", /broken\.md/],
    ["a PDF", "report.pdf", "%PDF-1.7", /not a story file/],
  ])("refuses %s with a clear private error, saving nothing", async (_what, name, bytes, error) => {
    const before = readdirSync(corpusDir).sort();
    const { exchange, message } = await addStory(name, bytes);
    expect(exchange.callback).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    expect(message.content).toMatch(error);
    expect(message.components ?? []).toEqual([]);
    expect(readdirSync(corpusDir).sort()).toEqual(before);
  });

  it("removes a story on confirmation, keeping its file in the data folder", async () => {
    await addStory(
      "old-notice.txt",
      "The Fenwick library closes early on Friday for a staff meeting.\n",
    ).then(async ({ exchange, message }) =>
      press(labelled(message, "Save"), answerOf(exchange).id),
    );
    const { exchange, message } = await run("story", [option("story", "old-notice")], {
      subcommand: "remove",
      ...asModerator,
    });
    expect(message.embeds?.[0]?.title).toBe("Remove this story?");
    const removed = await press(labelled(message, "Remove"), answerOf(exchange).id);
    expect(removed.message.content).toMatch(/^Removed `old-notice`/);
    expect(existsSync(join(corpusDir, "old-notice.txt"))).toBe(false);
    expect(
      readdirSync(join(dataDir, "removed-stories")).some((f) => f.endsWith("old-notice.txt")),
    ).toBe(true);
    expect(library.stories.some((s) => s.id === "old-notice")).toBe(false);
  });
});

describe("a default story per server", () => {
  it("answers from the server's default when story: is not given, shows it, and keeps it across a restart", async () => {
    const several = await run("summary");
    expect(several.message.content).toMatch(/stories are loaded/);
    expect(several.message.content?.split(",").length ?? 0).toBeLessThan(10);

    const { message } = await run("story", [option("story", "ridgeline-wildfire")], {
      subcommand: "use",
      ...asModerator,
    });
    expect(message.embeds?.[0]?.description).toMatch(/now answer from .*ridgeline-wildfire/);
    const summary = await run("summary");
    expect(summary.message.embeds?.at(-1)?.description).toMatch(/Ridgeline/);
    expect(summary.message.embeds?.at(-1)?.footer?.text).toContain('story:"ridgeline-wildfire"');

    await stopTheBot();
    await startTheBot();
    const listed = await run("stories");
    expect(listed.message.embeds?.[0]?.description).toContain(
      "Default story in this server: `ridgeline-wildfire`",
    );
    const cleared = await run("story", [], { subcommand: "use", ...asModerator });
    expect(cleared.message.embeds?.[0]?.description).toMatch(/no default story now/);
  });
});

describe("the story folder, live", () => {
  it("reads a story file added or changed on disk without a restart, and keeps the last good one when it breaks", async () => {
    const file = join(corpusDir, "night-market.txt");
    writeFileSync(file, "The Fenwick night market opens on Saturday with forty stalls.\n");
    await fake.waitFor(
      () => library.stories.find((s) => s.id === "night-market"),
      3000,
      "the new story",
    );
    writeFileSync(file, "The Fenwick night market opens on Sunday with sixty stalls.\n");
    await fake.waitFor(
      () => (library.story("night-market").body[0]?.text.includes("sixty") ? true : undefined),
      3000,
      "the changed story",
    );
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0, 0, 0x89, 0]));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await corpus.settled();
    expect(library.story("night-market").body[0]?.text).toContain("sixty");
  });
});

describe("message commands and answers people can work with", () => {
  it("answers Who said this? privately on a chat message, and shares it on request", async () => {
    await run("story", [], { subcommand: "use", ...asModerator });
    const chat = fake.userMessage(
      NEWSROOM,
      '<@400000000000000003> "we have rebuilt both **landings**" — who said that?',
      READER,
    );
    const exchange = await interact(
      fake.messageCommand({
        name: "Who said this?",
        message: chat,
        user: READER,
        channelId: NEWSROOM,
      }),
    );
    expect(exchange.callback).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
    const answer = await shown(exchange);
    expect(answer.embeds?.[0]?.author?.name).toMatch(/^Dana Ruiz/);
    expect(buttons(answer).map((b) => b.label)).toEqual(["Share in channel", "Wrong?"]);
    const shared = await interact(
      fake.buttonClick({
        customId: labelled(answer, "Share in channel"),
        message: answerOf(exchange),
        user: READER,
        channelId: NEWSROOM,
      }),
    );
    const posted = await shown(shared);
    expect(posted.flags ?? 0).toBe(0);
    expect(posted.content).toBe(`Shared by <@${READER.id}>:`);
    expect(posted.embeds?.[0]?.author?.name).toMatch(/^Dana Ruiz/);
    const report = await interact(
      fake.buttonClick({
        customId: labelled(answer, "Wrong?"),
        message: answerOf(exchange),
        user: READER,
        channelId: NEWSROOM,
      }),
    );
    expect(report.callback.type).toBe(InteractionResponseType.Modal);
  });

  it("answers Find in story privately with the passages for the message's text", async () => {
    const chat = fake.userMessage(NEWSROOM, "> how many stalls at the night market?", READER);
    const exchange = await interact(
      fake.messageCommand({
        name: "Find in story",
        message: chat,
        user: READER,
        channelId: NEWSROOM,
      }),
    );
    const answer = await shown(exchange);
    expect(answer.embeds?.[0]?.description).toMatch(/sixty stalls/);
    expect(answer.embeds?.at(-1)?.footer?.text).toBe(
      '/ask question:"how many stalls at the night market?"',
    );
  });

  it("pages an answer forward with More and back with Previous, page n of m between them", async () => {
    const { exchange, message } = await run("quotes", [option("story", "harbor-city-budget")]);
    const row = buttons(message).slice(0, 3);
    expect(row.map((b) => b.label)).toEqual([
      "Previous",
      expect.stringMatching(/^Page 1 of \d+$/),
      "More",
    ]);
    expect(row[0]?.disabled).toBe(true);
    const second = await press(labelled(message, "More"), answerOf(exchange).id, READER, {
      permissions: String(DEFAULT_MEMBER_PERMISSIONS),
    });
    expect(buttons(second.message)[1]?.label).toMatch(/^Page 2 of/);
    const back = await press(labelled(second.message, "Previous"), answerOf(exchange).id, READER, {
      permissions: String(DEFAULT_MEMBER_PERMISSIONS),
    });
    expect(back.message.embeds).toEqual(message.embeds);
    expect(buttons(back.message).at(-1)).toMatchObject({
      label: "Delete",
      custom_id: expect.stringMatching(/^byline:delete:/),
    });
  });

  it("records a Wrong? report with the answer and the reason, thanks the reader, and lists it for editors after a restart", async () => {
    const { exchange, message } = await run(
      "who",
      [option("quote", "rebuilt both landings"), option("story", "fenwick-ferry")],
      { subcommand: "said" },
    );
    const wrong = labelled(message, "Wrong?");
    expect(readButtonId(wrong)).toEqual({ action: "wrong" });
    const form = await interact(
      fake.buttonClick({
        customId: wrong,
        message: answerOf(exchange),
        user: READER,
        channelId: NEWSROOM,
      }),
    );
    expect(form.callback.type).toBe(InteractionResponseType.Modal);
    const formId = (form.callback as { data: { custom_id: string } }).data.custom_id;
    const submitted = await interact(
      fake.modalSubmit({
        customId: formId,
        values: { reason: "It was Ken Obi" },
        message: answerOf(exchange),
        user: READER,
        channelId: NEWSROOM,
      }),
    );
    const thanks = await shown(submitted);
    expect(thanks.flags).toBe(MessageFlags.Ephemeral);
    expect(thanks.content).toMatch(/^Thank you/);

    await stopTheBot();
    await startTheBot();
    const out: string[] = [];
    const io = {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: () => true },
      interactive: false,
      color: false,
    };
    const code = await main(["feedback", "--json"], io as never, { DATA_DIR: dataDir });
    expect(code).toBe(0);
    const { results } = JSON.parse(out.join("")) as {
      results: { command: string; reason: string; answer: string; userId: string }[];
    };
    expect(results).toEqual([
      expect.objectContaining({
        command: '/who said quote:"rebuilt both landings" story:"fenwick-ferry"',
        reason: "It was Ken Obi",
        userId: READER.id,
        answer: expect.stringContaining("Dana Ruiz"),
      }),
    ]);
  });
});
