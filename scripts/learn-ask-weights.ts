/**
 * `npx tsx scripts/learn-ask-weights.ts --ask-news FILE [--write]`: learns the weights `/ask` ranks
 * passages with (src/search/data/ask-weights.json) from real readers' questions, on the tune half
 * of the stories only (eval/askNews/askNewsSet.ts), and prints how the weights do on both halves.
 *
 * The model is a listwise logistic regression: for each question, a softmax over the story's
 * candidate paragraphs, trained to put its probability on the paragraphs that hold the answer.
 * The threshold for "answered" is the best passage's score below which a set share of the tune
 * half's answerable questions fall.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadAskNews } from "../eval/askNews/askNewsSet.js";
import { projectRoot } from "../src/projectRoot.js";
import { FEATURE_NAMES, type Features, scoreFeatures } from "../src/search/passageFeatures.js";
import { StoryIndex } from "../src/search/storyIndex.js";

const { values } = parseArgs({
  options: {
    "ask-news": { type: "string" },
    write: { type: "boolean" },
    features: { type: "string" },
  },
});
const file = values["ask-news"];
if (!file) {
  console.error("Give the questions file: --ask-news ../shared/eval/ask-news-dev.json");
  process.exit(2);
}

/** Share of the tune half's answerable questions that may be marked "may not answer". */
const DECLINE_SHARE = 0.06;
const L2 = 0.001;
const STEPS = Number(process.env.STEPS ?? 3000);
const LEARNING_RATE = Number(process.env.LR ?? 0.5);

const used = values.features ? values.features.split(",") : [...FEATURE_NAMES];

interface Example {
  readonly half: "tune" | "check";
  readonly candidates: readonly { features: Features; right: boolean }[];
  readonly answerable: boolean;
}

const examples: Example[] = [];
for (const item of await loadAskNews(file)) {
  const index = new StoryIndex([item.story]);
  const add = (question: string, expected: readonly number[], answerable: boolean) => {
    const ranked = index.rankCandidates(question, {});
    examples.push({
      half: item.half,
      answerable,
      candidates: ranked.map((c) => ({
        features: c.features,
        right: expected.includes(c.paragraph),
      })),
    });
  };
  for (const q of item.answerable) add(q.question, q.paragraphs, true);
  for (const q of item.unanswerable) add(q, [], false);
}

const vector = (features: Features) => used.map((name) => features[name as keyof Features]);
const training = examples.filter(
  (e) => e.half === "tune" && e.answerable && e.candidates.some((c) => c.right),
);
const weights = new Array(used.length).fill(0);
for (let step = 0; step < STEPS; step++) {
  const gradient = new Array(used.length).fill(0);
  for (const example of training) {
    const xs = example.candidates.map((c) => vector(c.features));
    const scores = xs.map((x) => x.reduce((sum, v, i) => sum + v * weights[i], 0));
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const all = exp.reduce((a, b) => a + b, 0);
    const right = exp.reduce((a, e, i) => (example.candidates[i]?.right ? a + e : a), 0);
    xs.forEach((x, i) => {
      const p = (exp[i] ?? 0) / all;
      const q = example.candidates[i]?.right ? (exp[i] ?? 0) / right : 0;
      x.forEach((v, j) => {
        gradient[j] += (p - q) * v;
      });
    });
  }
  weights.forEach((w, j) => {
    weights[j] = w - LEARNING_RATE * (gradient[j] / training.length + L2 * w);
  });
}
const learned = Object.fromEntries(used.map((name, i) => [name, round(weights[i])]));

const bestScore = (e: Example) =>
  Math.max(...e.candidates.map((c) => scoreFeatures(c.features, learned)));
const tuneBest = examples
  .filter((e) => e.half === "tune" && e.answerable && e.candidates.length > 0)
  .map(bestScore)
  .sort((a, b) => a - b);
const answeredScore = round(tuneBest[Math.floor(DECLINE_SHARE * tuneBest.length)] ?? 0);

for (const half of ["tune", "check"] as const) {
  const set = examples.filter((e) => e.half === half);
  const answerable = set.filter((e) => e.answerable);
  let top1 = 0;
  let top3 = 0;
  let declined = 0;
  for (const e of answerable) {
    const ranked = [...e.candidates]
      .map((c) => ({ ...c, score: scoreFeatures(c.features, learned) }))
      .sort((a, b) => b.score - a.score);
    if (ranked[0]?.right) top1++;
    if (ranked.slice(0, 3).some((c) => c.right)) top3++;
    if (ranked.length === 0 || (ranked[0]?.score ?? 0) < answeredScore) declined++;
  }
  const unanswerable = set.filter((e) => !e.answerable);
  const caught = unanswerable.filter(
    (e) => e.candidates.length === 0 || bestScore(e) < answeredScore,
  ).length;
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(
    `${half}: top-1 ${pct(top1, answerable.length)}, top-3 ${pct(top3, answerable.length)}, answerable declined ${pct(declined, answerable.length)}, unanswerable declined ${pct(caught, unanswerable.length)}`,
  );
}
console.log(JSON.stringify(learned), answeredScore);

if (values.write) {
  const out = join(projectRoot(), "src/search/data/ask-weights.json");
  await writeFile(out, `${JSON.stringify({ weights: learned, answeredScore }, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
