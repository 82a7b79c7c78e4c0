/**
 * `npm run learn:attribution -- --quotes FILE [--quotes FILE…] [--write]`: learns when a reading of
 * who said what is too unsure to name anyone (src/statements/data/attribution-weights.json), from
 * real quotes with human-marked speakers (PolNeAR's, see README), on the tune half of the articles
 * only, and prints what it would do on both halves.
 *
 * Every article is read with no reading withheld; each named-speaker quote's answer gives one
 * example: the features of the statement `/who said` answers with, right or someone else. The
 * model is a logistic regression on them. The threshold is the confidence below which leaving the
 * tune half's answers unattributed withholds the most wrong names net of right ones, with a
 * wrong name counted WRONG_COST times a right one (a wrong name is worse than none). The check
 * half is never used to learn or choose; its figures here assume a withheld answer names no one
 * (`npm run eval -- --quotes` gives the real ones).
 */
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { loadQuotes } from "../eval/quotes/quoteSet.js";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import { projectRoot } from "../src/projectRoot.js";
import { analyzeStory } from "../src/statements/analyzeStory.js";
import {
  CONFIDENCE_FEATURES,
  type ConfidenceFeatures,
  type ConfidenceModel,
  confidenceOf,
} from "../src/statements/attributionConfidence.js";
import type { Statement } from "../src/statements/types.js";
import { parseStory } from "../src/story/parseStory.js";
import { StoryLibrary } from "../src/storyLibrary.js";
import { foldText } from "../src/text/fold.js";
import { solve } from "./solveLinear.js";
import { round, writeWeightsFile } from "./weightsFile.js";

const { values } = parseArgs({
  options: {
    quotes: { type: "string", multiple: true },
    write: { type: "boolean" },
    "wrong-cost": { type: "string" },
  },
});
if (!values.quotes?.length) {
  console.error("Give the quotes files: --quotes ../shared/eval/quotes-train.json");
  process.exit(2);
}

/** How many right names one wrong name is worth withholding: a wrong name is worse than none. */
const WRONG_COST = Number(values["wrong-cost"] ?? 1.5);
/**
 * A light L2 penalty. On two folds of the tune half (by article), 0.001, 0.0003, 0.0001, 0.00003
 * and 0.00001 all withheld more right names than wrong ones on the held-out fold; 0.0001 withheld
 * the fewest right names there at a WRONG_COST of 1 and 1.5.
 */
const L2 = 0.0001;
/** Newton's method converges in well under this many steps on these features. */
const NEWTON_STEPS = 25;

interface Example {
  readonly half: "tune" | "check";
  /** right, other, or named (a pronoun or description speaker: no key to check). */
  readonly outcome: "right" | "other" | "named";
  /** Null for a pronoun or a quote that goes on: the scorer does not judge those. */
  readonly features: ConfidenceFeatures | null;
}

const items = (await Promise.all(values.quotes.map(loadQuotes))).flat();
const read = new Map<
  string,
  { library: StoryLibrary; featuresOf: Map<Statement, ConfidenceFeatures> }
>();
const examples: Example[] = [];
const unanswered = { tune: 0, check: 0 };
for (const item of items) {
  let article = read.get(item.articleId);
  if (!article) {
    const story = parseStory(`article-${read.size + 1}.txt`, item.article);
    const featuresOf = new Map<Statement, ConfidenceFeatures>();
    const statements = analyzeStory(story, new Set(), (features, statement) => {
      featuresOf.set(statement, features);
      return true;
    });
    const library = new StoryLibrary([story]);
    library.adoptStatements(story, statements);
    article = { library, featuresOf };
    read.set(item.articleId, article);
  }
  const first = whoSaid(article.library, item.quote.slice(0, MAX_QUOTE_LENGTH)).statements[0];
  const named = item.speakerKind === "name_or_org" && item.speakerKey !== null;
  if (!first) {
    if (named) unanswered[item.half]++;
    continue;
  }
  // The statement answered with; a run of one speaker's statements, by its first.
  const statement = [...article.featuresOf.keys()].find(
    (s) =>
      s.paragraph === first.paragraph &&
      (s.text === first.text || first.text.includes(s.text)) &&
      s.speaker.name === first.speaker.name,
  );
  const features = (statement && article.featuresOf.get(statement)) ?? null;
  const outcome = !named
    ? "named"
    : foldText(first.speaker.name).includes(foldText(item.speakerKey ?? ""))
      ? "right"
      : "other";
  examples.push({ half: item.half, outcome, features });
}

/**
 * Logistic regression by Newton's method (a few dozen features: the Hessian is small), minimising
 * the mean log loss plus L2 times the squared weights (the bias is not penalised).
 */
function train(set: readonly Example[]): ConfidenceModel["weights"] {
  const data = set.filter((e) => e.outcome !== "named" && e.features !== null);
  const dims = CONFIDENCE_FEATURES.length;
  const xs = data.map((e) => CONFIDENCE_FEATURES.map((name) => e.features?.[name] ?? 0));
  const ys = data.map((e) => (e.outcome === "right" ? 1 : 0));
  let weights = new Array<number>(dims).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = weights.map((w, j) => (j ? 2 * L2 * w : 0));
    const hessian = weights.map((_, i) => weights.map((_, j) => (i === j && i ? 2 * L2 : 0)));
    xs.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, v, j) => sum + v * (weights[j] ?? 0), 0)));
      const error = (p - (ys[n] ?? 0)) / data.length;
      const curvature = (p * (1 - p)) / data.length;
      x.forEach((vi, i) => {
        gradient[i] = (gradient[i] ?? 0) + error * vi;
        const row = hessian[i] ?? [];
        x.forEach((vj, j) => {
          row[j] = (row[j] ?? 0) + curvature * vi * vj;
        });
      });
    });
    const move = solve(hessian, gradient);
    weights = weights.map((w, j) => w - (move[j] ?? 0));
  }
  return Object.fromEntries(CONFIDENCE_FEATURES.map((name, j) => [name, round(weights[j] ?? 0)]));
}

const tally = (set: readonly Example[], model: ConfidenceModel) => {
  const kept = set.filter(
    (e) => e.features === null || confidenceOf(e.features, model) >= model.threshold,
  );
  const count = (outcome: Example["outcome"], of: readonly Example[]) =>
    of.filter((e) => e.outcome === outcome).length;
  return {
    right: count("right", kept),
    other: count("other", kept),
    withheldRight: count("right", set) - count("right", kept),
    withheldOther: count("other", set) - count("other", kept),
    namedKept: count("named", kept),
    named: count("named", set),
  };
};

const tune = examples.filter((e) => e.half === "tune");
const weights = train(tune);
// The threshold that withholds the most wrong names, net of WRONG_COST right ones, on the tune half.
const labelled = tune
  .flatMap((e) =>
    e.outcome !== "named" && e.features
      ? [{ e, confidence: confidenceOf(e.features, { weights, threshold: 0 }) }]
      : [],
  )
  .sort((a, b) => a.confidence - b.confidence);
let best = { threshold: 0, gain: 0 };
let gain = 0;
for (const [i, { e }] of labelled.entries()) {
  gain += e.outcome === "other" ? WRONG_COST : -1;
  const next = labelled[i + 1]?.confidence ?? 1;
  if (gain > best.gain)
    best = { threshold: round((labelled[i]?.confidence ?? 0) / 2 + next / 2), gain };
}
const model: ConfidenceModel = { weights, threshold: best.threshold };

const results: Record<string, string> = {};
for (const half of ["tune", "check"] as const) {
  const set = examples.filter((e) => e.half === half);
  const all = set.filter((e) => e.outcome !== "named").length + unanswered[half];
  const t = tally(set, model);
  const before = tally(set, { weights, threshold: 0 });
  const pct = (n: number) => `${((100 * n) / all).toFixed(1)}%`;
  results[half] =
    `${all} named speakers: right ${before.right} → ${t.right} (${pct(t.right)}), someone else ${before.other} → ${t.other} (${pct(t.other)}); a name for pronoun and description speakers ${before.namedKept} → ${t.namedKept}`;
  console.log(`${half}: ${results[half]}`);
}
console.log(JSON.stringify(model, null, 1));

if (values.write) {
  const out = join(projectRoot(), "src/statements/data/attribution-weights.json");
  const files = values.quotes.map((file) => basename(file)).join(" and ");
  const learned = {
    about: `Learned by scripts/learn-attribution-weights.ts on the tune half of ${files}; the check half was not used to learn or choose. Results assume a withheld answer names no one.`,
    command: `npm run learn:attribution -- ${values.quotes.map((file) => `--quotes ${file}`).join(" ")} --write`,
    results,
    weights,
    threshold: model.threshold,
  };
  await writeWeightsFile(out, learned);
  console.log(`Wrote ${out}`);
}
