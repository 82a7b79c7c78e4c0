import { StoryLibrary } from "../../src/storyLibrary.js";
import {
  SUMMARY_LENGTHS,
  type SummaryLength,
  summarizeStory,
} from "../../src/summary/summarizeStory.js";
import { findWords } from "../../src/text/words.js";
import { rougeLsum, rougeN } from "../rouge.js";
import type { SummaryItem } from "./summarySet.js";

/** ROUGE F1 scores of one summary, or their means. */
export interface RougeTable {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
}

/**
 * The summarizers compared: Byline at each length; LEAD-3, the first three sentences that news
 * summaries are held to; and LEAD-n at each length, as many leading sentences as fit in the words
 * Byline's summary of that length took (at least one), so length alone is no advantage.
 */
export type Summarizer = `byline ${SummaryLength}` | "lead-3" | `lead-n ${SummaryLength}`;

export const SUMMARIZERS: readonly Summarizer[] = [
  ...SUMMARY_LENGTHS.map((length) => `byline ${length}` as const),
  "lead-3",
  ...SUMMARY_LENGTHS.map((length) => `lead-n ${length}` as const),
];

/** One article's scores for every summarizer. */
export interface ArticleScores {
  readonly item: SummaryItem;
  readonly scores: Readonly<Record<Summarizer, RougeTable>>;
}

export function scoreArticle(item: SummaryItem): ArticleScores {
  const library = new StoryLibrary([item.story]);
  const lead = item.story.body.flatMap((p) => p.sentences.map((s) => s.text));
  const scores = {} as Record<Summarizer, RougeTable>;
  scores["lead-3"] = rouge(lead.slice(0, 3), item.reference);
  for (const length of SUMMARY_LENGTHS) {
    const ours = summarizeStory(library, { length }).sentences.map((s) => s.text);
    scores[`byline ${length}`] = rouge(ours, item.reference);
    scores[`lead-n ${length}`] = rouge(leadWithin(lead, wordCount(ours)), item.reference);
  }
  return { item, scores };
}

/** The leading sentences that fit in `budget` words; the first one even when it alone does not. */
export function leadWithin(sentences: readonly string[], budget: number): string[] {
  const taken: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    words += wordCount([sentence]);
    if (taken.length > 0 && words > budget) break;
    taken.push(sentence);
  }
  return taken;
}

function wordCount(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + findWords(text).length, 0);
}

/** ROUGE-1, -2 and -Lsum F1 of a summary's sentences against the reference highlights. */
export function rouge(candidate: readonly string[], reference: readonly string[]): RougeTable {
  const c = candidate.join("\n");
  const r = reference.join("\n");
  return {
    rouge1: rougeN(c, r, 1).f1,
    rouge2: rougeN(c, r, 2).f1,
    rougeL: rougeLsum(candidate, reference).f1,
  };
}

/** The mean scores of each summarizer over some articles. */
export function meanScores(articles: readonly ArticleScores[]): Record<Summarizer, RougeTable> {
  const means = {} as Record<Summarizer, RougeTable>;
  for (const summarizer of SUMMARIZERS) {
    const avg = (pick: (t: RougeTable) => number) =>
      articles.reduce((sum, a) => sum + pick(a.scores[summarizer]), 0) /
      Math.max(1, articles.length);
    means[summarizer] = {
      rouge1: avg((t) => t.rouge1),
      rouge2: avg((t) => t.rouge2),
      rougeL: avg((t) => t.rougeL),
    };
  }
  return means;
}

/** How far Byline's short summary is above LEAD-3 on an article: the mean of the three differences. */
export function marginOverLead(article: ArticleScores): number {
  const ours = article.scores["byline short"];
  const lead = article.scores["lead-3"];
  return (
    (ours.rouge1 - lead.rouge1 + (ours.rouge2 - lead.rouge2) + (ours.rougeL - lead.rougeL)) / 3
  );
}

/** The articles where the short summary loses most to LEAD-3, worst first. */
export function biggestLosses(articles: readonly ArticleScores[], count: number): ArticleScores[] {
  return articles
    .filter((a) => marginOverLead(a) < 0)
    .sort((a, b) => marginOverLead(a) - marginOverLead(b))
    .slice(0, count);
}
