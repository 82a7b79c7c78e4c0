/**
 * `npm run bench`: how fast Byline loads and answers, with the bundled story alone and with
 * thousands of stories. Prints a Markdown table (the README shows the latest one).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import MiniSearch from "minisearch";
import { askStories } from "../src/answers/ask.js";
import { excerptStory } from "../src/answers/excerpt.js";
import {
  suggestFocus,
  suggestParagraphs,
  suggestPeople,
  suggestStatements,
} from "../src/answers/suggestions.js";
import { whoIs } from "../src/answers/whoIs.js";
import { whoSaid } from "../src/answers/whoSaid.js";
import { renderMessage } from "../src/discord/renderMessage.js";
import { BUNDLED_CORPUS, projectRoot } from "../src/projectRoot.js";
import { FUZZY_FRACTION, MIN_FUZZY_LENGTH, MIN_PREFIX_LENGTH } from "../src/search/storyIndex.js";
import { loadCorpus } from "../src/story/loadCorpus.js";
import { StoryLibrary } from "../src/storyLibrary.js";
import { summarizeStory } from "../src/summary/summarizeStory.js";
import { syntheticCorpus } from "./syntheticCorpus.js";

const { values } = parseArgs({ options: { stories: { type: "string", default: "10000" } } });
const LARGE = Number(values.stories);

const QUESTIONS = [
  "How many drones could Iran provide to Russia?",
  "where is putin going",
  "why did the US expand sanctoins",
  "what did Taleblu tell Fox News",
  "How much of the fire is contained?",
  "what did the Dutch trade minister say",
  "What is the capital of France?",
];

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const QUOTES = [
  "baseless",
  "Putin will attend a trilateral meeting",
  "conective nodes between Tehran and Moscow",
  "the earth is flat",
];
const NAMES = ["Taleblu", "Sulivan", "Alvarez", "Smith"];

/** p50 and p95 of `answer` over every input, `rounds` times, after one warm-up pass. */
function measure(
  inputs: readonly string[],
  answer: (input: string) => unknown,
  rounds: number,
): { p50: number; p95: number } {
  for (const input of inputs) answer(input);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) samples.push(time(() => answer(input))[1]);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function measureAsk(library: StoryLibrary, rounds: number): { p50: number; p95: number } {
  return measure(QUESTIONS, (question) => askStories(library, question), rounds);
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const rows: string[] = [];

const [seedCorpus, loadMs] = await (async () => {
  const started = performance.now();
  const corpus = await loadCorpus(BUNDLED_CORPUS);
  return [corpus, performance.now() - started] as const;
})();
const [seedLibrary, seedIndexMs] = time(() => StoryLibrary.fromCorpus(seedCorpus));
const seedAsk = measureAsk(seedLibrary, 50);
const [, seedFirstWho] = time(() => whoSaid(seedLibrary, "baseless"));
const seedWho = measure(QUOTES, (quote) => whoSaid(seedLibrary, quote), 50);
const seedWhoIs = measure(NAMES, (name) => whoIs(seedLibrary, name), 50);
const FOCUSES = ["", "sanctions", "Sullivan"];
const seedSummary = measure(
  FOCUSES,
  (focus) => summarizeStory(seedLibrary, focus ? { focus } : {}),
  50,
);
const excerptMs = percentile(
  Array.from({ length: 200 }, () => time(() => excerptStory(seedLibrary, 5))[1]),
  50,
);
rows.push(
  `| 1 (bundled) | ${seedLibrary.index.size} | ${ms(loadMs + seedIndexMs)} | ${ms(seedAsk.p50)} | ${ms(seedAsk.p95)} | ${ms(excerptMs)} |`,
);

const fixtures = join(projectRoot(), "tests/fixtures/stories");
const fixtureCorpus =
  (await readdir(fixtures)).length > 0 ? await loadCorpus(fixtures) : seedCorpus;
const bases = [...seedCorpus.stories, ...fixtureCorpus.stories];
const [largeLibrary, largeIndexMs] = time(() => new StoryLibrary(syntheticCorpus(bases, LARGE)));
const largeAsk = measureAsk(largeLibrary, 10);
const bareMiniSearch = bareMiniSearchOver(largeLibrary);
const largeBare = measure(QUESTIONS, (question) => bareMiniSearch.search(question), 10);
const [, largeFirstWho] = time(() => whoSaid(largeLibrary, "baseless"));
const largeWho = measure(QUOTES, (quote) => whoSaid(largeLibrary, quote), 5);
const largeWhoIs = measure(NAMES, (name) => whoIs(largeLibrary, name), 5);
const largeStory = largeLibrary.stories[0]?.id ?? "";
const largeSummary = measure([largeStory], (story) => summarizeStory(largeLibrary, { story }), 20);
rows.push(
  `| ${LARGE.toLocaleString("en")} (synthetic) | ${largeLibrary.index.size.toLocaleString("en")} | ${ms(largeIndexMs)} | ${ms(largeAsk.p50)} | ${ms(largeAsk.p95)} | – |`,
);

console.log(`Node ${process.version}, ${QUESTIONS.length} questions per round\n`);
console.log("| stories | paragraphs | load + index | /ask p50 | /ask p95 | /excerpt p50 |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(row);

console.log(
  `\nAt ${LARGE.toLocaleString("en")} stories, a bare MiniSearch \`search()\` over the same paragraphs, with its default tokenizer and Byline's prefix and fuzzy options: p50 ${ms(largeBare.p50)}, p95 ${ms(largeBare.p95)}; /ask p50 is ${(largeAsk.p50 / largeBare.p50).toFixed(2)}× that.`,
);

console.log(
  "\n| stories | first /who said (reads statements) | /who said p50 | /who said p95 | /who is p50 | /who is p95 |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
console.log(
  `| 1 (bundled) | ${ms(seedFirstWho)} | ${ms(seedWho.p50)} | ${ms(seedWho.p95)} | ${ms(seedWhoIs.p50)} | ${ms(seedWhoIs.p95)} |`,
);
console.log(
  `| ${LARGE.toLocaleString("en")} (synthetic) | ${ms(largeFirstWho)} | ${ms(largeWho.p50)} | ${ms(largeWho.p95)} | ${ms(largeWhoIs.p50)} | ${ms(largeWhoIs.p95)} |`,
);

console.log("\n| stories | /summary p50 | /summary p95 |");
console.log("| --- | ---: | ---: |");
console.log(`| 1 (bundled) | ${ms(seedSummary.p50)} | ${ms(seedSummary.p95)} |`);
console.log(
  `| ${LARGE.toLocaleString("en")} (synthetic, one story named) | ${ms(largeSummary.p50)} | ${ms(largeSummary.p95)} |`,
);

/** MiniSearch with its defaults but Byline's prefix and fuzzy options, over a library's paragraphs. */
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

/** Every autocomplete source, as one typed prefix each. */
function suggestAll(library: StoryLibrary, story?: string): void {
  suggestPeople(library, "Sul", story);
  suggestStatements(library, "sanctions", story);
  suggestParagraphs(library, "drone", story);
  suggestFocus(library, "sa", story);
}

function measureDiscordReply(library: StoryLibrary, rounds: number) {
  return measure(
    QUESTIONS,
    (question) =>
      renderMessage(
        { kind: "passages", question, ...askStories(library, question) },
        { command: { name: "ask", input: { question } }, asker: "1", page: 0, pinnable: true },
      ),
    rounds,
  );
}

const seedReply = measureDiscordReply(seedLibrary, 50);
const largeReply = measureDiscordReply(largeLibrary, 10);
const seedSuggest = measure([""], () => suggestAll(seedLibrary), 50);
const largeSuggest = measure([""], () => suggestAll(largeLibrary), 10);
console.log(
  "\n| stories | /ask as a Discord message p50 | p95 | autocomplete (4 sources) p50 | p95 |",
);
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(
  `| 1 (bundled) | ${ms(seedReply.p50)} | ${ms(seedReply.p95)} | ${ms(seedSuggest.p50)} | ${ms(seedSuggest.p95)} |`,
);
console.log(
  `| ${LARGE.toLocaleString("en")} (synthetic) | ${ms(largeReply.p50)} | ${ms(largeReply.p95)} | ${ms(largeSuggest.p50)} | ${ms(largeSuggest.p95)} |`,
);
