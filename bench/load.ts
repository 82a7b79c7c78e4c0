/**
 * `npm run bench:load [-- --stories N --interactions 2000 --concurrency 50 --after-statements
 * --bot-log FILE]`:
 * Byline as `npm start`
 * runs it (its own process: the built CLI, the real discord.js client, the cache, statements read
 * in the background) against the tests' fake Discord, which refuses a first response after 3 s as
 * Discord does; `concurrency` people at a time send mixed interactions (loadHarness.ts). Prints
 * lost and twice-answered interactions, response times, the bot's event loop delay over the run
 * (its own log line) and the bot process's peak RSS. `BOT_NODE_ARGS` passes flags to the bot's
 * node (`BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"` profiles it under load).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { BUNDLED_CORPUS, projectRoot } from "../src/projectRoot.js";
import { startFakeDiscord } from "../tests/discord/fakeDiscord.js";
import { percentile, runLoad } from "../tests/discord/loadHarness.js";
import { inputsFromFolder } from "./benchInputs.js";
import { generatedCorpus } from "./generatedCorpus.js";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "1000" },
    interactions: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "50" },
    // Start the load once every story's statements are read (else right after connecting).
    "after-statements": { type: "boolean", default: false },
    // Where to keep the bot's log lines (JSON, one a line), to see where a run's time went.
    "bot-log": { type: "string" },
  },
});
const count = Number(values.stories);
const directory = count === 1 ? BUNDLED_CORPUS : await generatedCorpus(count);
// The same words the size benchmark asks, read from the same stories, before the bot starts: the
// load begins as soon as the bot connects (loading the whole library here took 25 s at 10,000
// stories, by which time the bot had read every statement), and this process holds no copy of it.
const inputs = await inputsFromFolder(directory);
const fake = await startFakeDiscord({
  guilds: [{ name: "Desk", channels: [{ name: "news" }] }],
  interactionDeadlineMs: 3000,
});
const started = performance.now();
const nodeArgs = (process.env.BOT_NODE_ARGS ?? "").split(" ").filter(Boolean);
const bot = spawn(
  process.execPath,
  [...nodeArgs, join(projectRoot(), "dist/src/cli/main.js"), "start"],
  {
    env: {
      PATH: process.env.PATH ?? "",
      DISCORD_TOKEN: "a.b.c",
      DISCORD_CLIENT_ID: "1",
      DISCORD_API_BASE: fake.apiBase,
      CORPUS_DIR: directory,
      CACHE_DIR: join(tmpdir(), `byline-bench-cache-${count}`),
      DATA_DIR: join(tmpdir(), `byline-bench-data-${count}`),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  },
);
const log: Record<string, unknown>[] = [];
// A chunk may end inside a line: the rest waits for the next chunk.
let partial = "";
bot.stderr.setEncoding("utf8").on("data", (chunk: string) => {
  const lines = (partial + chunk).split("\n");
  partial = lines.pop() ?? "";
  for (const line of lines.filter((l) => l.startsWith("{")))
    log.push(JSON.parse(line) as Record<string, unknown>);
});
await fake.waitForIdentify(1, 600_000);
await fake.waitFor(() => log.some((e) => e.msg === "connected to Discord"), 60_000);
const readyMs = Math.round(performance.now() - started);
if (values["after-statements"])
  await fake.waitFor(() => log.some((e) => e.msg === "statements read"), 1_800_000);

// This process's own delays (the fake Discord and the people) are in every figure it measures.
const harnessLoop = monitorEventLoopDelay({ resolution: 10 });
harnessLoop.enable();
const runStarted = performance.now();
const result = await runLoad(fake, inputs, Number(values.interactions), Number(values.concurrency));
const seconds = (performance.now() - runStarted) / 1000;
harnessLoop.disable();
const peakMb =
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${bot.pid}/status`, "utf8"))?.[1]) / 1024;
bot.kill("SIGTERM");
await once(bot, "exit");
await fake.close();
const loop = log.filter((e) => e.msg === "event loop delay") as { p99Ms: number; maxMs: number }[];
const loaded = log.find((e) => e.msg === "stories loaded") ?? {};
if (values["bot-log"])
  writeFileSync(values["bot-log"], log.map((line) => `${JSON.stringify(line)}\n`).join(""));

console.log(
  `${Number(loaded.stories).toLocaleString("en")} stories, ready in ${readyMs.toLocaleString("en")} ms (cache: ${loaded.parsedFromCache} parsed, index ${loaded.indexFromCache ? "loaded" : "built"}); ${result.interactions.toLocaleString("en")} interactions, ${values.concurrency} at a time, ${values["after-statements"] ? "once every statement was read" : "right after connecting"}, in ${seconds.toFixed(1)} s\n`,
);
console.log(
  "| lost | answered twice | command p50 (first response) | command p99 | deferred answer p99 | autocomplete p99 | event loop delay p99 | max | bot peak RSS |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
console.log(
  `| ${result.lost} | ${result.answeredTwice} | ${result.commandP50} ms | ${result.commandP99} ms | ${result.answerP99} ms | ${result.autocompleteP99} ms | ${Math.max(0, ...loop.map((r) => r.p99Ms))} ms | ${Math.max(0, ...loop.map((r) => r.maxMs))} ms | ${Math.round(peakMb)} MB |`,
);
const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(
  `\nThe harness's own event loop delay (the fake Discord and the people, in this process): p99 ${ms(harnessLoop.percentile(99))} ms, max ${ms(harnessLoop.max)} ms.`,
);

// Where each kind of interaction spent its time on the bot's thread (its log lines: workMs, waitMs).
const interactions = log.filter((e) => e.msg === "interaction") as {
  type: string;
  command: string;
  ageMs: number;
  latencyMs: number;
  workMs: number;
  waitMs: number;
}[];
const kinds = [...new Set(interactions.map((e) => `${e.type} ${e.command}`))].sort();
console.log(
  "\n| interaction | count | age on arrival p50 | p99 | handled in p99 | work p50 | work p99 | work max | wait p99 |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const kind of kinds) {
  const of = interactions.filter((e) => `${e.type} ${e.command}` === kind);
  const work = of.map((e) => e.workMs);
  const age = of.map((e) => e.ageMs);
  console.log(
    `| ${kind} | ${of.length} | ${percentile(age, 0.5)} ms | ${percentile(age, 0.99)} ms | ${percentile(
      of.map((e) => e.latencyMs),
      0.99,
    )} ms | ${percentile(work, 0.5)} ms | ${percentile(work, 0.99)} ms | ${Math.max(...work)} ms | ${percentile(
      of.map((e) => e.waitMs),
      0.99,
    )} ms |`,
  );
}
