import { weightedSum } from "../weightedSum.js";
/**
 * What the summary's scorer knows of one candidate sentence, each about 0–1. The weights that
 * combine them are learned by scripts/learn-summary-weights.ts (src/summary/data/summary-weights.json).
 */
export const SUMMARY_FEATURE_NAMES = [
  "lead",
  "first",
  "second",
  "third",
  "place",
  "opensParagraph",
  "centrality",
  "ledeOverlap",
  "length",
  "long",
  "short",
  "opensOnQuote",
  "quoted",
  "number",
  "question",
] as const;
export type SummaryFeatureName = (typeof SUMMARY_FEATURE_NAMES)[number];
export type SummaryFeatures = Record<SummaryFeatureName, number>;

/** What the features are read from. */
export interface FeatureInput {
  readonly text: string;
  readonly words: number;
  /** The sentence's place in its paragraph, from 0. */
  readonly inParagraph: number;
  readonly quote: boolean;
  readonly terms: ReadonlyMap<string, number>;
}

/** Words of a sentence at which `length` reaches 1. */
const FULL_LENGTH = 40;
/** A sentence over this many words is often two run together (a photo caption merged in). */
const LONG_SENTENCE = 45;
const SHORT_SENTENCE = 12;

/**
 * - lead: 1 / (1 + 0.3 n) for the n-th candidate (from 0); first, second, third: its place in the
 *   lead; place: 1 for the first candidate down to 0 for the last;
 * - opensParagraph: the first sentence of its paragraph;
 * - centrality: TF-IDF similarity to the rest of the story, over the most central sentence's;
 *   ledeOverlap: similarity to the first candidate (0 for that one);
 * - length: words over 40 (at most 1); long: over 45 words; short: under 12;
 * - opensOnQuote: opens on a quotation mark; quoted: holds one; number: holds a digit; question:
 *   ends on a question mark.
 */
export function sentenceFeatures(candidates: readonly FeatureInput[]): SummaryFeatures[] {
  // The sum of a sentence's cosines with every other is its unit vector's dot product with the sum
  // of all the unit vectors, less its own (1): linear in the story's length, not quadratic (5 s
  // for a summary of a 250 KB story when compared pair by pair).
  const units = candidates.map(({ terms }) => unitVector(terms));
  const sum = new Map<string, number>();
  for (const unit of units) for (const [term, w] of unit) sum.set(term, (sum.get(term) ?? 0) + w);
  const centrality = units.map((unit) => (unit.size === 0 ? 0 : Math.max(0, dot(unit, sum) - 1)));
  const maxCentrality = Math.max(1e-9, ...centrality);
  const lede = candidates[0];
  const last = Math.max(1, candidates.length - 1);
  return candidates.map((candidate, index) => ({
    lead: 1 / (1 + 0.3 * index),
    first: index === 0 ? 1 : 0,
    second: index === 1 ? 1 : 0,
    third: index === 2 ? 1 : 0,
    place: 1 - index / last,
    opensParagraph: candidate.inParagraph === 0 ? 1 : 0,
    centrality: (centrality[index] ?? 0) / maxCentrality,
    ledeOverlap: lede && index > 0 ? cosine(lede.terms, candidate.terms) : 0,
    length: Math.min(1, candidate.words / FULL_LENGTH),
    long: candidate.words > LONG_SENTENCE ? 1 : 0,
    short: candidate.words < SHORT_SENTENCE ? 1 : 0,
    opensOnQuote: candidate.quote ? 1 : 0,
    quoted: /["“”‘’]|(?:^|\s)'|'(?:\s|[.,!?]|$)/u.test(candidate.text) ? 1 : 0,
    number: /\d/u.test(candidate.text) ? 1 : 0,
    question: /\?["”'’)]*$/u.test(candidate.text) ? 1 : 0,
  }));
}

/** A weighted sum of the features; a feature without a weight counts nothing. */
export function scoreSentence(
  features: SummaryFeatures,
  weights: Readonly<Record<string, number>>,
): number {
  return weightedSum(SUMMARY_FEATURE_NAMES, features, weights);
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}

function norm(m: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of m.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The vector scaled to length 1; empty for a vector of length 0. */
function unitVector(m: ReadonlyMap<string, number>): Map<string, number> {
  const length = norm(m);
  return length === 0 ? new Map() : new Map([...m].map(([term, w]) => [term, w / length]));
}
