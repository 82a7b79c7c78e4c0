/**
 * `npx tsx eval/summaries/compareToLead.ts --summaries FILE [--summaries FILE…] [--half tune|check|both]
 * [--length short|medium|long] [--model JSON] [--dump FILE]`: a quicker measure than `npm run eval`
 * for trying a change to `/summary`. It prints, for the tune half only unless told otherwise, the
 * mean ROUGE-1 / -2 / -L F1 of Byline's summary at one length and its differences from LEAD-3 in
 * the same run, as the eval reports them (eval/summaries/summaryEvaluation.ts), and the mean words
 * the summary took. `--model` overrides settings of src/summary/data/summary-weights.json for the
 * run (`--model '{"mmrLambda":0.8}'`; `weights` is replaced whole); `--dump` writes each
 * article's scores and summary as JSON, to compare two runs article by article.
 *
 * The tune half is what a change is tried on; the check half's totals are read only once a change
 * is settled on the tune half (README, Figures).
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { SUMMARY_LENGTHS, summarizeStory } from "../../src/summary/summarizeStory.js";
import { SUMMARY_MODEL, type SummaryModel } from "../../src/summary/summaryWeights.js";
import { type RougeTable, rouge } from "./summaryEvaluation.js";
import { loadSummaries, type SummaryItem } from "./summarySet.js";

const { values } = parseArgs({
  options: {
    summaries: { type: "string", multiple: true },
    half: { type: "string", default: "tune" },
    length: { type: "string", default: "short" },
    model: { type: "string" },
    dump: { type: "string" },
  },
});
const files = values.summaries ?? [];
const length = SUMMARY_LENGTHS.find((l) => l === values.length);
const halves = values.half === "both" ? ["tune", "check"] : [values.half];
if (files.length === 0 || !length || !halves.every((h) => h === "tune" || h === "check")) {
  console.error(
    "Give the articles: --summaries ../shared/eval/summaries-dev.json [--summaries …] [--half tune|check|both] [--length short|medium|long] [--model JSON]",
  );
  process.exit(2);
}
const model: SummaryModel = values.model
  ? { ...SUMMARY_MODEL, ...(JSON.parse(values.model) as Partial<SummaryModel>) }
  : SUMMARY_MODEL;

const items = (await Promise.all(files.map(loadSummaries))).flat();
const dump: {
  id: string;
  half: string;
  byline: RougeTable;
  lead3: RougeTable;
  summary: string[];
}[] = [];
const points = (value: number) => (100 * value).toFixed(2);
const signed = (value: number) => `${value >= 0 ? "+" : ""}${points(value)}`;
for (const half of halves) {
  const set = items.filter((item: SummaryItem) => item.half === half);
  const sum = { byline: [0, 0, 0], lead3: [0, 0, 0], words: 0 };
  for (const item of set) {
    const library = new StoryLibrary([item.story]);
    const summary = summarizeStory(library, { length }, model).sentences.map((s) => s.text);
    const { byline, lead3 } = scores(item, summary);
    [byline.rouge1, byline.rouge2, byline.rougeL].forEach((v, k) => {
      sum.byline[k] = (sum.byline[k] ?? 0) + v;
    });
    [lead3.rouge1, lead3.rouge2, lead3.rougeL].forEach((v, k) => {
      sum.lead3[k] = (sum.lead3[k] ?? 0) + v;
    });
    sum.words += summary.join(" ").split(/\s+/).filter(Boolean).length;
    if (values.dump) dump.push({ id: item.id, half, byline, lead3, summary });
  }
  const n = Math.max(1, set.length);
  const ours = sum.byline.map((v) => v / n);
  const difference = ours.map((v, k) => v - (sum.lead3[k] ?? 0) / n);
  console.log(
    `${half} half (${set.length}): ${length} ${ours.map(points).join(" / ")}, against LEAD-3 ${difference.map(signed).join(" / ")}, ${(sum.words / n).toFixed(1)} words`,
  );
}
if (values.dump) await writeFile(values.dump, JSON.stringify(dump));

/** The summary's ROUGE and LEAD-3's, scored as the eval scores them. */
function scores(item: SummaryItem, summary: readonly string[]) {
  const lead = item.story.body.flatMap((p) => p.sentences.map((s) => s.text)).slice(0, 3);
  return { byline: rouge(summary, item.reference), lead3: rouge(lead, item.reference) };
}
