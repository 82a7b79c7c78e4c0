import { readFile } from "node:fs/promises";
import { z } from "zod";
import { parseStory } from "../src/story/parseStory.js";
import { StoryLibrary } from "../src/storyLibrary.js";
import { summarizeStory } from "../src/summary/summarizeStory.js";
import { rougeLsum, rougeN } from "./rouge.js";

/** A file of news articles with their human-written highlights, such as CNN/Daily Mail's (see README). */
const SummaryItemSchema = z.object({
  id: z.string(),
  article: z.string(),
  reference_summary: z.string(),
});

/** Mean ROUGE F1 scores of one summarizer. */
export interface RougeTable {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
}

export interface SummaryScore {
  readonly articles: number;
  readonly byline: RougeTable;
  /** The first three sentences of the article: the baseline news summaries are held to. */
  readonly lead3: RougeTable;
  /** Articles where Byline scores above (wins) and below (losses) LEAD-3, per measure. */
  readonly perArticle: Record<keyof RougeTable, { wins: number; losses: number }>;
}

export async function scoreSummaries(file: string): Promise<SummaryScore> {
  const items = z.array(SummaryItemSchema).parse(JSON.parse(await readFile(file, "utf8")));
  const byline: RougeTable[] = [];
  const lead3: RougeTable[] = [];
  for (const item of items) {
    const story = parseStory(`${item.id}.txt`, item.article);
    const library = new StoryLibrary([story]);
    const reference = item.reference_summary.split("\n").filter((line) => line.trim() !== "");
    const ours = summarizeStory(library, { length: "short" }).sentences.map((s) => s.text);
    const lead = story.body.flatMap((p) => p.sentences.map((s) => s.text)).slice(0, 3);
    byline.push(rouge(ours, reference));
    lead3.push(rouge(lead, reference));
  }
  const tally = (pick: (t: RougeTable) => number) => ({
    wins: byline.filter((t, i) => pick(t) > pick(lead3[i] ?? t)).length,
    losses: byline.filter((t, i) => pick(t) < pick(lead3[i] ?? t)).length,
  });
  return {
    articles: items.length,
    byline: mean(byline),
    lead3: mean(lead3),
    perArticle: {
      rouge1: tally((t) => t.rouge1),
      rouge2: tally((t) => t.rouge2),
      rougeL: tally((t) => t.rougeL),
    },
  };
}

function rouge(candidate: readonly string[], reference: readonly string[]): RougeTable {
  const c = candidate.join("\n");
  const r = reference.join("\n");
  return {
    rouge1: rougeN(c, r, 1).f1,
    rouge2: rougeN(c, r, 2).f1,
    rougeL: rougeLsum(candidate, reference).f1,
  };
}

function mean(tables: readonly RougeTable[]): RougeTable {
  const avg = (pick: (t: RougeTable) => number) =>
    tables.reduce((s, t) => s + pick(t), 0) / Math.max(1, tables.length);
  return {
    rouge1: avg((t) => t.rouge1),
    rouge2: avg((t) => t.rouge2),
    rougeL: avg((t) => t.rougeL),
  };
}
