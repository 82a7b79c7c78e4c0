import type { Sentence } from "../text/sentences.js";
import { weightedSum } from "../weightedSum.js";
import type { Token } from "./analyzer.js";
import { type AnswerType, holdsAnswerType } from "./answerType.js";

/**
 * What the ranking knows of one paragraph as an answer to one question, each about 0–1. The
 * weights that combine them are learned by scripts/learn-ask-weights.ts. These six were kept by
 * single-feature ablations on the tune half of the real-questions set (two-fold score 130.2 points
 * of top-1 + top-3, against 129.5 for the fourteen that backward elimination kept out of twenty);
 * the README's Figures list what was tried and left out.
 */
export const FEATURE_NAMES = [
  "bm25",
  "coverage",
  "sentenceCoverage",
  "lead",
  "first",
  "typeHeld",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** A question word, with what it weighs in the paragraph's story (its rarity there). */
export interface WeightedWord {
  readonly terms: readonly string[];
  readonly weight: number;
}

export interface PassageEvidence {
  /** The question's words, weighted. */
  readonly words: readonly WeightedWord[];
  /** What the question asks for, when its wording says. */
  readonly answerType: AnswerType | undefined;
  /** The question's words, lower case, to tell a name it has from one it does not. */
  readonly questionWords: ReadonlySet<string>;
  /** The story's names (answerType.ts namesIn), for a name that opens a sentence. */
  readonly storyNames?: ReadonlySet<string>;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** The paragraph's tokens, in order. */
  readonly tokens: readonly Token[];
  /** Paragraph terms that share a word with the question (StoryIndex's sharedTerms). */
  readonly matchedTerms: ReadonlySet<string>;
  /** Question terms the paragraph shares (StoryIndex's sharedTerms). */
  readonly matchedQueryTerms: ReadonlySet<string>;
  /** Rarity of a term in the paragraph's story. */
  readonly weightOf: (term: string) => number;
  /** The paragraph's BM25 with its story's counts, over the best candidate's (0 when unmatched). */
  readonly bm25: number;
  /** ¶n and the story's paragraph count. */
  readonly paragraph: number;
  readonly paragraphs: number;
}

/**
 * - bm25: BM25 of the paragraph's matched terms with its story's own counts, over the best
 *   candidate's;
 * - coverage: the share of the question's words (each weighted by its rarity in the story) that
 *   the paragraph holds; sentenceCoverage: the same within its best sentence;
 * - lead, first: its place, 1 for ¶1 down to 0 for the last, and whether it is ¶1 (news is written
 *   lead-first);
 * - typeHeld: the question asks for an age, a stretch of time, a quantity, a time, a person or a
 *   place, and the paragraph holds one (answerType.ts).
 */
export function passageFeatures(evidence: PassageEvidence): Features {
  const { words, paragraph, paragraphs } = evidence;
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  const covered = words.reduce(
    (sum, word) =>
      word.terms.some((term) => evidence.matchedQueryTerms.has(term)) ? sum + word.weight : sum,
    0,
  );
  const type = evidence.answerType;
  return {
    bm25: evidence.bm25,
    coverage: total === 0 ? 0 : covered / total,
    sentenceCoverage:
      total === 0
        ? 0
        : Math.min(
            1,
            bestSentence(
              evidence.sentences,
              evidence.tokens,
              evidence.matchedTerms,
              evidence.weightOf,
            ).weight / total,
          ),
    lead: paragraphs > 1 ? 1 - (paragraph - 1) / (paragraphs - 1) : 1,
    first: paragraph === 1 ? 1 : 0,
    typeHeld:
      type && holdsAnswerType(evidence.text, type, evidence.questionWords, evidence.storyNames)
        ? 1
        : 0,
  };
}

/**
 * The paragraph's sentence whose matched terms weigh most (each term its rarity in the story), and
 * that weight; the first sentence when none matched. /ask shows it as the passage's sentence.
 */
export function bestSentence(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  matchedTerms: ReadonlySet<string>,
  weightOf: (term: string) => number,
): { sentence: Sentence | undefined; weight: number } {
  let best = { sentence: sentences[0], weight: 0 };
  for (const sentence of sentences) {
    const terms = new Set<string>();
    for (const token of tokens) {
      if (token.start < sentence.start || token.end > sentence.end) continue;
      for (const term of token.terms) if (matchedTerms.has(term)) terms.add(term);
    }
    let weight = 0;
    for (const term of terms) weight += weightOf(term);
    if (weight > best.weight) best = { sentence, weight };
  }
  return best;
}

/** A linear score: the sum of each feature times its weight. */
export function scoreFeatures(
  features: Features,
  weights: Readonly<Record<string, number>>,
): number {
  return weightedSum(FEATURE_NAMES, features, weights);
}
