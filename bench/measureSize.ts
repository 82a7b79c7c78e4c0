/**
 * One size of `npm run bench`, in a process of its own so that its start time and memory are its
 * own: `tsx bench/measureSize.ts --stories N --cache DIR --phase cold|warm` prints one JSON line.
 * N = 1 is the bundled story; more are generated stories (generatedCorpus.ts). "cold" starts with
 * an empty cache; "warm" with what the cold run left, and then times every command.
 */
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import MiniSearch from "minisearch";
import pino from "pino";
import { askStories } from "../src/answers/ask.js";
import {
  suggestFocus,
  suggestParagraphs,
  suggestPeople,
  suggestStatements,
} from "../src/answers/suggestions.js";
import { whoIs } from "../src/answers/whoIs.js";
import { whoSaid } from "../src/answers/whoSaid.js";
import { loadLibraryCached } from "../src/cache/libraryCache.js";
import { StatementsCache } from "../src/cache/statementsCache.js";
import { BUNDLED_CORPUS } from "../src/projectRoot.js";
import { FUZZY_FRACTION, MIN_FUZZY_LENGTH, MIN_PREFIX_LENGTH } from "../src/search/storyIndex.js";
import { StatementReader } from "../src/statements/statementReader.js";
import { StatementsPool } from "../src/statements/statementsPool.js";
import type { StoryLibrary } from "../src/storyLibrary.js";
import { summarizeStory } from "../src/summary/summarizeStory.js";
import { inputsFrom } from "./benchInputs.js";
import { generatedCorpus } from "./generatedCorpus.js";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "1" },
    cache: { type: "string" },
    phase: { type: "string", default: "warm" },
    // More rounds steady a p50 drawn from few inputs (the bundled story gives two quotes).
    rounds: { type: "string", default: "5" },
  },
});
const rounds = Number(values.rounds);
const count = Number(values.stories);
const cacheDir = values.cache ?? "";
const logger = pino({ level: "silent" });
const directory = count === 1 ? BUNDLED_CORPUS : await generatedCorpus(count);
if (values.phase === "cold") await rm(cacheDir, { recursive: true, force: true });

const since = (started: number) => Math.round(performance.now() - started);
let started = performance.now();
const library = await loadLibraryCached(directory, cacheDir, logger);
const startMs = since(started);
const pool = new StatementsPool();
started = performance.now();
await new StatementReader(library, pool, new StatementsCache(cacheDir), logger).readAll();
const statementsMs = since(started);
await pool.close();
const result: Record<string, number> = {
  stories: library.stories.length,
  paragraphs: library.index.size,
  startMs,
  statementsMs,
  rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
};

if (values.phase === "warm") {
  const { questions, quotes, names } = inputsFrom(library);
  const timings = {
    ask: measure(questions, (q) => askStories(library, q)),
    whoSaid: measure(quotes, (q) => whoSaid(library, q)),
    whoIs: measure(names, (n) => whoIs(library, n)),
    summary: measure([library.stories[0]?.id ?? ""], (story) => summarizeStory(library, { story })),
    autocomplete: measure(names, (typed) => {
      suggestPeople(library, typed.slice(0, 3));
      suggestStatements(library, typed);
      suggestParagraphs(library, typed);
      suggestFocus(library, typed.slice(0, 2), library.stories[0]?.id);
    }),
  };
  // The peak of Byline's own work, before the bare MiniSearch below adds an index of its own.
  result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const bare = bareMiniSearchOver(library);
  const bareSearch = measure(questions, (q) => bare.search(q));
  for (const [name, { p50, p95 }] of Object.entries({ ...timings, bareSearch })) {
    result[`${name}P50`] = p50;
    result[`${name}P95`] = p95;
  }
}
console.log(JSON.stringify(result));

/** p50 and p95 in ms over every input, `rounds` times (5 unless told), after one warm-up pass. */
function measure(inputs: readonly string[], answer: (input: string) => unknown) {
  for (const input of inputs) answer(input);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const at = performance.now();
      answer(input);
      samples.push(performance.now() - at);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0) * 100) /
    100;
  return { p50: at(0.5), p95: at(0.95) };
}

/** MiniSearch with its defaults but Byline's prefix and fuzzy options, over the same paragraphs. */
function bareMiniSearchOver(library: StoryLibrary): MiniSearch {
  const index = new MiniSearch({
    fields: ["text"],
    searchOptions: {
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZY_FRACTION : false),
    },
  });
  index.addAll(
    library.stories.flatMap((story) =>
      story.body.map((p) => ({ id: `${story.id}#${p.number}`, text: p.text })),
    ),
  );
  return index;
}
