import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REST } from "discord.js";
import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
  InteractionResponseType,
} from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import { commands, messageCommands } from "../../commands/index.js";
import { deployCommands } from "../../src/discord/deployCommands.js";
import { type FakeDiscord, shardOf, snowflake, startFakeDiscord } from "./fakeDiscord.js";

const BIN = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
const TOKEN = "byline-process-test-token";

let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;

const DATA_DIR = mkdtempSync(join(tmpdir(), "byline-process-data-"));

/** Runs the built `byline` binary against the fake, as `npm start` would, capturing its output. */
function byline(args: string[], env: Record<string, string> = {}) {
  if (!fake) throw new Error("start the fake first");
  const process_ = spawn(process.execPath, [BIN, ...args], {
    env: {
      PATH: process.env.PATH ?? "",
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: "1",
      DISCORD_API_BASE: fake.apiBase,
      // Not the cache or the database of whoever runs the tests.
      CACHE_DIR: "off",
      DATA_DIR: DATA_DIR,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  process_.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    output.stdout += chunk;
  });
  process_.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    output.stderr += chunk;
  });
  child = process_;
  return {
    process: process_,
    output,
    exit: once(process_, "exit") as Promise<[number | null, NodeJS.Signals | null]>,
  };
}

afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
  await fake?.close();
  fake = undefined;
});

const excerptOne = (guildId?: string) =>
  fake?.chatInput({
    name: "excerpt",
    options: [
      {
        name: "paragraph",
        type: ApplicationCommandOptionType.Integer,
        value: 1,
      } as APIApplicationCommandInteractionDataOption,
    ],
    ...(guildId ? { guildId } : {}),
  });

describe("byline as a process against a Discord-compatible API", () => {
  it("GIVEN DISCORD_TOKEN=x DISCORD_CLIENT_ID=1 DISCORD_API_BASE WHEN started THEN it connects, answers, logs JSON lines without the token, and SIGTERM closes cleanly with exit 0", async () => {
    fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
    const bot = byline(["start"], { LOG_LEVEL: "info" });
    await fake.waitForIdentify(1, 15_000);
    const interaction = excerptOne();
    if (!interaction) throw new Error("no fake");
    const exchange = await fake.interact(interaction, 10_000);
    expect(exchange.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);

    await fake.waitFor(() => bot.output.stderr.includes('"msg":"interaction"'), 5000, "a log line");
    const line = bot.output.stderr
      .split("\n")
      .filter(Boolean)
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === "interaction");
    expect(line).toMatchObject({ command: "excerpt", outcome: "answered", type: "command" });
    expect(bot.output.stderr).not.toContain(TOKEN);

    bot.process.kill("SIGTERM");
    const [code] = await bot.exit;
    expect(code).toBe(0);
    expect(fake.closes.some((close) => close.code === 1000 && !close.byServer)).toBe(true);
  });

  it("GIVEN the bot running WHEN Ctrl-C (SIGINT) THEN it closes the gateway cleanly and exits 0", async () => {
    fake = await startFakeDiscord({ guilds: [{ name: "Desk", channels: [{ name: "news" }] }] });
    const bot = byline(["start"]);
    await fake.waitForIdentify(1, 15_000);
    bot.process.kill("SIGINT");
    const [code] = await bot.exit;
    expect(code).toBe(0);
    expect(fake.closes.some((close) => close.code === 1000 && !close.byServer)).toBe(true);
  });

  it("GIVEN deploy-commands twice THEN the first registers every command and the second changes nothing", async () => {
    const guild = snowflake();
    fake = await startFakeDiscord({ applicationId: "1", guilds: [{ id: guild, name: "Desk" }] });
    const first = byline(["deploy-commands", "--guild", guild]);
    const [firstCode] = await first.exit;
    expect(firstCode).toBe(0);
    expect(first.output.stdout).toContain(
      `Registered ${commands.length + messageCommands.length} commands in guild ${guild}:`,
    );
    expect(first.output.stdout).toContain(
      'added     /ask, /who, /quotes, /summary, /excerpt, /pin, /stories, /story, /help, "Who said this?", "Find in story"',
    );
    const stored = fake.commands(guild);
    expect(stored.map((command) => command.name)).toEqual(
      [...commands, ...messageCommands].map((c) => c.data.name),
    );
    for (const [index, command] of commands.entries()) {
      expect(stored[index]).toMatchObject(JSON.parse(JSON.stringify(command.data)));
    }
    const pin = stored.find((command) => command.name === "pin");
    expect(pin?.default_member_permissions).toBe(String(1n << 51n));
    const who = stored.find((command) => command.name === "who");
    expect(who?.options?.map((option) => option.name)).toEqual(["said", "is"]);

    const second = byline(["deploy-commands", "--guild", guild]);
    const [secondCode] = await second.exit;
    expect(secondCode).toBe(0);
    expect(second.output.stdout).toContain(`Commands are up to date in guild ${guild}`);
    expect(fake.requests.filter((r) => r.method === "PUT")).toHaveLength(1);

    // DISCORD_GUILD_ID is the default server when --guild is not given.
    const byDefault = byline(["deploy-commands"], { DISCORD_GUILD_ID: guild });
    expect((await byDefault.exit)[0]).toBe(0);
    expect(byDefault.output.stdout).toContain(`Commands are up to date in guild ${guild}`);

    const changed = commands
      .filter((command) => command.data.name !== "help")
      .map((command) =>
        command.data.name === "ask"
          ? { ...command.data, description: "Ask the story a question" }
          : command.data,
      );
    const report = await deployCommands({
      rest: new REST({ api: fake.apiBase }).setToken(TOKEN),
      applicationId: "1",
      guildId: guild,
      commands: changed,
    });
    expect(report).toMatchObject({
      added: [],
      updated: ["/ask"],
      removed: ["/help", '"Who said this?"', '"Find in story"'],
    });
    expect(fake.commands(guild).map((command) => command.name)).not.toContain("help");
  });

  it("GIVEN --shards 2 THEN two processes identify as shards 0 and 1 of 2, each serving its guilds, and SIGTERM stops both", async () => {
    const guilds = Array.from({ length: 8 }, (_, i) => ({
      id: snowflake(Date.now() + i * 5000),
      name: `g${i}`,
    }));
    fake = await startFakeDiscord({
      guilds: guilds.map((g) => ({ ...g, channels: [{ name: "news" }] })),
    });
    const manager = byline(["--shards", "2"]);
    await fake.waitForIdentify(2, 30_000);
    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const shard of [0, 1]) {
      const guild = guilds.find((g) => shardOf(g.id, 2) === shard);
      if (!guild) continue;
      const interaction = excerptOne(guild.id);
      if (!interaction) throw new Error("no fake");
      const exchange = await fake.interact(interaction, 10_000);
      expect(exchange.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    }
    manager.process.kill("SIGTERM");
    const [code] = await manager.exit;
    expect(code).toBe(0);
    await fake.waitFor(
      () => fake?.closes.filter((c) => c.code === 1000).length === 2,
      5000,
      "both shards closed",
    );
  });
});
