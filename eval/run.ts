/**
 * `npm run eval`: how well Byline answers, story by story.
 *
 * - ask: top-1 and top-3 accuracy on each labelled story, and the share of unanswerable questions
 *   that rightly got no passage.
 * - who said / who is: statement extraction precision and recall, speaker accuracy given a quote,
 *   a fragment and a misspelled fragment, role accuracy, and speakers wrongly named.
 * - `--quotes FILE` (repeatable): `/who said` on real news quotes (PolNeAR's, see README), on the tune
 *   and check halves by article, by file, publisher, quote kind and the reading that found each
 *   statement; `--ablate` also leaves each reading out in turn and prints what it adds.
 * - summary facts: how many of the facts editors asked of a 90-word summary `/summary length:short`
 *   gives, on stories written for the tests (tests/fixtures/summary-facts.json).
 * - `--summaries FILE` (repeatable): ROUGE of `/summary` at each length against human highlights,
 *   beside LEAD-3 and LEAD-n (the leading sentences in the same words), on the tune and check
 *   halves by article id and per file, and the articles where the short summary loses most.
 * - `--ask-news FILE`: `/ask` on real readers' questions about real stories (the format of NewsQA's
 *   dev set, see README), beside BM25, BM25+Porter+lead and MiniSearch defaults, on the tune and
 *   check halves of the stories.
 *
 * `--verbose` lists every miss.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type AskScore, loadQuestionSet, loadStoryLibrary, scoreAsk } from "./askEvaluation.js";
import {
  BASELINES,
  bylineSystem,
  scoreAskNews,
  sharesIndexTerm,
} from "./askNews/askNewsEvaluation.js";
import { loadAskNews } from "./askNews/askNewsSet.js";
import { formatAskNewsScores, formatMisses } from "./askNews/printAskNews.js";
import { labelledStories, STATEMENTS_DIR } from "./datasets.js";
import { scoreSummaryFacts } from "./factEvaluation.js";
import { percent } from "./percent.js";
import { formatAblation, formatQuoteMisses, formatQuoteScores } from "./quotes/printQuotes.js";
import { attributeQuotes, STATEMENT_RULES } from "./quotes/quoteEvaluation.js";
import { loadQuotes } from "./quotes/quoteSet.js";
import {
  loadStatementSet,
  type Rate,
  type StatementScore,
  scorePeopleSources,
  scoreStatements,
} from "./statementEvaluation.js";
import { formatSummaryScores } from "./summaries/printSummaries.js";
import { scoreArticle } from "./summaries/summaryEvaluation.js";
import { loadSummaries } from "./summaries/summarySet.js";

const { values } = parseArgs({
  options: {
    verbose: { type: "boolean", short: "v" },
    quotes: { type: "string", multiple: true },
    ablate: { type: "boolean" },
    summaries: { type: "string", multiple: true },
    "ask-news": { type: "string" },
  },
});

const show = (r: Rate) => `${percent(r.right, r.all)} (${r.right}/${r.all})`;

const askScores: AskScore[] = [];
const statementScores: StatementScore[] = [];
for (const { questions, story } of await labelledStories()) {
  const library = await loadStoryLibrary(story);
  askScores.push(scoreAsk(library, await loadQuestionSet(questions)));
  const id =
    questions
      .split("/")
      .at(-1)
      ?.replace(/\.json$/, "") ?? "";
  statementScores.push(
    scoreStatements(library, await loadStatementSet(join(STATEMENTS_DIR, `${id}.json`))),
  );
}

console.log("## ask: passages for questions about the story\n");
console.log(
  "| story | questions | top-1 | top-3 | declined | unanswerable | declined | no passage |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const s of askScores) {
  console.log(
    `| ${s.story} | ${s.answerable} | ${percent(s.top1, s.answerable)} | ${percent(s.top3, s.answerable)} | ${percent(s.declinedAnswerable, s.answerable)} | ${s.unanswerable} | ${percent(s.rejected, s.unanswerable)} | ${percent(s.noPassage, s.unanswerable)} |`,
  );
}
const sum = (pick: (s: AskScore) => number) => askScores.reduce((total, s) => total + pick(s), 0);
console.log(
  `| all | ${sum((s) => s.answerable)} | ${percent(
    sum((s) => s.top1),
    sum((s) => s.answerable),
  )} | ${percent(
    sum((s) => s.top3),
    sum((s) => s.answerable),
  )} | ${percent(
    sum((s) => s.declinedAnswerable),
    sum((s) => s.answerable),
  )} | ${sum((s) => s.unanswerable)} | ${percent(
    sum((s) => s.rejected),
    sum((s) => s.unanswerable),
  )} | ${percent(
    sum((s) => s.noPassage),
    sum((s) => s.unanswerable),
  )} |`,
);

console.log("\n## who said / who is: statements and speakers\n");
console.log(
  "| story | extraction precision | extraction recall | speaker: quote | speaker: fragment | speaker: misspelled | who is: role | false speakers |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const s of statementScores) {
  console.log(
    `| ${s.story} | ${show(s.extractionPrecision)} | ${show(s.extractionRecall)} | ${show(s.speakerByQuote)} | ${show(s.speakerByFragment)} | ${show(s.speakerByMisspelledFragment)} | ${show(s.roles)} | ${s.falseSpeakers.right}/${s.falseSpeakers.all} |`,
  );
}

console.log("\n## who is: finding people, attribution rules against compromise's tagger\n");
console.log(
  "| story | rules: recall | rules: precision | tagger: recall | tagger: precision | both: recall | both: precision |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const { questions, story } of await labelledStories()) {
  const id =
    questions
      .split("/")
      .at(-1)
      ?.replace(/\.json$/, "") ?? "";
  const library = await loadStoryLibrary(story);
  const p = scorePeopleSources(
    library.story(),
    await loadStatementSet(join(STATEMENTS_DIR, `${id}.json`)),
  );
  console.log(
    `| ${id} | ${show(p.rules.recall)} | ${show(p.rules.precision)} | ${show(p.tagger.recall)} | ${show(p.tagger.precision)} | ${show(p.both.recall)} | ${show(p.both.precision)} |`,
  );
}

const factScores = await scoreSummaryFacts();
console.log("\n## summary, short: the facts editors asked for\n");
console.log("| story | facts given | words |");
console.log("| --- | ---: | ---: |");
for (const s of factScores) {
  console.log(`| ${s.story} | ${s.given.length}/${s.facts} | ${s.words} |`);
}
const given = factScores.reduce((n, s) => n + s.given.length, 0);
const asked = factScores.reduce((n, s) => n + s.facts, 0);
console.log(`| all | ${given}/${asked} (${percent(given, asked)}) | |`);

if (values.summaries) {
  const items = (await Promise.all(values.summaries.map(loadSummaries))).flat();
  console.log(formatSummaryScores(items.map(scoreArticle)));
}

const askNewsFile = values["ask-news"];
if (askNewsFile) {
  const scores = scoreAskNews(
    await loadAskNews(askNewsFile),
    [bylineSystem, ...BASELINES],
    sharesIndexTerm,
  );
  console.log(formatAskNewsScores(scores, askNewsFile));
  if (values.verbose) {
    const byline = scores.find((s) => s.system === bylineSystem.name && s.half === "all");
    console.log(formatMisses(byline?.misses ?? []));
  }
}

if (values.quotes) {
  const items = (await Promise.all(values.quotes.map(loadQuotes))).flat();
  const quotes = attributeQuotes(items);
  console.log(formatQuoteScores(quotes));
  if (values.ablate) {
    const without = STATEMENT_RULES.map((rule) => ({
      rule,
      quotes: attributeQuotes(items, new Set([rule])),
    }));
    console.log(formatAblation(quotes, without));
  }
  if (values.verbose) console.log(formatQuoteMisses(quotes));
}

if (values.verbose) {
  for (const s of askScores) {
    for (const miss of s.misses)
      console.log(
        `${s.story}: "${miss.question}" expected ¶${miss.expected.join("/¶")}, got ${miss.got.map((p) => `¶${p}`).join(" ") || "nothing"}`,
      );
    for (const question of s.falseAnswers)
      console.log(`${s.story}: answered unanswerable "${question}"`);
  }
  for (const s of statementScores) for (const miss of s.misses) console.log(`${s.story}: ${miss}`);
  for (const s of factScores)
    for (const fact of s.missed) console.log(`${s.story}: summary misses "${fact}"`);
}
