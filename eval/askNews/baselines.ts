import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import { eng } from "stopword";

/** Ranks a story's paragraphs for a question: 0-based paragraph indices, best first. */
export type Ranker = (question: string) => number[];
/** Builds a ranker over one story's paragraphs. */
export type Baseline = (paragraphs: readonly string[]) => Ranker;

const STOP_WORDS = new Set(eng);
const K1 = 1.2;
const B = 0.75;
/** The lead bonus of the BM25+Porter+lead baseline, as issue 13 defines it. */
const LEAD_BONUS = 0.2;

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
}

/** Okapi BM25 (k1 1.2, b 0.75) over the story's own paragraphs; a score per paragraph. */
function bm25Scores(
  paragraphs: readonly string[],
  terms: (text: string) => string[],
): (question: string) => number[] {
  const documents = paragraphs.map((text) => {
    const counts = new Map<string, number>();
    const tokens = terms(text);
    for (const term of tokens) counts.set(term, (counts.get(term) ?? 0) + 1);
    return { counts, length: tokens.length };
  });
  const averageLength = documents.reduce((sum, d) => sum + d.length, 0) / documents.length || 1;
  const frequency = new Map<string, number>();
  for (const { counts } of documents)
    for (const term of counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const n = documents.length;
  return (question) => {
    const queryTerms = [...new Set(terms(question))];
    return documents.map(({ counts, length }) => {
      let score = 0;
      for (const term of queryTerms) {
        const tf = counts.get(term) ?? 0;
        if (tf === 0) continue;
        const df = frequency.get(term) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
      }
      return score;
    });
  };
}

/** Indices by score, best first, ties to the earlier paragraph. */
function byScore(scores: readonly number[], keep: (score: number) => boolean): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .filter(({ score }) => keep(score))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ index }) => index);
}

/** Plain BM25 on lower-cased words, stop words out, no stemming; only paragraphs sharing a word. */
export const plainBm25: Baseline = (paragraphs) => {
  const score = bm25Scores(paragraphs, words);
  return (question) => byScore(score(question), (s) => s > 0);
};

/**
 * BM25 over Porter stems, every paragraph ranked, plus a lead bonus 0.2·(1 − i/(n−1)) for the
 * i-th (0-based) of n paragraphs on the min-max-normalised score: the strongest simple baseline.
 */
export const porterBm25WithLead: Baseline = (paragraphs) => {
  const score = bm25Scores(paragraphs, (text) => words(text).map((w) => stemmer(w)));
  const n = paragraphs.length;
  return (question) => {
    const raw = score(question);
    const low = Math.min(...raw);
    const high = Math.max(...raw);
    const normalised = raw.map((s) => (high > low ? (s - low) / (high - low) : 0));
    return byScore(
      normalised.map((s, i) => s + LEAD_BONUS * (n > 1 ? 1 - i / (n - 1) : 1)),
      () => true,
    );
  };
};

/** MiniSearch 7 with its default options: its own tokenizer, no stemming, no prefix, no fuzzy. */
export const miniSearchDefaults: Baseline = (paragraphs) => {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  index.addAll(paragraphs.map((text, id) => ({ id, text })));
  return (question) => index.search(question).map((result) => result.id as number);
};
