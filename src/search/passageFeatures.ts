import type { Sentence } from "../text/sentences.js";
import type { Token } from "./analyzer.js";
import { type AnswerType, holdsAnswerType } from "./answerType.js";

/**
 * What the ranking knows of one paragraph as an answer to one question, each scaled to about 0–1.
 * The weights that combine them are learned (see scripts/learn-ask-weights.ts).
 */
export const FEATURE_NAMES = [
  "bm25",
  "coverage",
  "sentenceCoverage",
  "proximity",
  "bigrams",
  "lead",
  "first",
  "leadInverse",
  "previous",
  "next",
  "previousCoverage",
  "nextCoverage",
  "typeHeld",
  "typeMissing",
  "typeInMatchedSentence",
  "quoteForSaying",
  "nameCoverage",
  "rarestWord",
  "length",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** A question word, with what it weighs in the paragraph's story (its rarity there). */
export interface WeightedWord {
  readonly terms: readonly string[];
  readonly weight: number;
  /** Capitalised inside the question: a name. */
  readonly name: boolean;
}

export interface PassageEvidence {
  /** The question's words in order, weighted. */
  readonly words: readonly WeightedWord[];
  /** What the question asks for, when its wording says. */
  readonly answerType: AnswerType | undefined;
  /** The question's words, lower case, to tell a name it has from one it does not. */
  readonly questionWords: ReadonlySet<string>;
  /** The question asks what someone said. */
  readonly asksForStatement: boolean;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** The paragraph's tokens, in order. */
  readonly tokens: readonly Token[];
  /** Paragraph terms that matched the question, exactly or nearly (MiniSearch's `terms`). */
  readonly matchedTerms: ReadonlySet<string>;
  /** Question terms that matched the paragraph (MiniSearch's `queryTerms`). */
  readonly matchedQueryTerms: ReadonlySet<string>;
  /** Rarity of a term in the paragraph's story. */
  readonly weightOf: (term: string) => number;
  /** BM25 of this paragraph and its neighbours over the best BM25 of the question (0 when unmatched). */
  readonly bm25: number;
  readonly previousBm25: number;
  readonly nextBm25: number;
  /** Question terms that matched the paragraphs before and after. */
  readonly previousQueryTerms: ReadonlySet<string>;
  readonly nextQueryTerms: ReadonlySet<string>;
  /** ¶n and the story's paragraph count. */
  readonly paragraph: number;
  readonly paragraphs: number;
}

const QUOTE_MARK = /["“”]/;

export function passageFeatures(evidence: PassageEvidence): Features {
  const { words, tokens, paragraph, paragraphs } = evidence;
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  const coverageOf = (matched: ReadonlySet<string>) =>
    total === 0
      ? 0
      : words.reduce(
          (sum, word) => (word.terms.some((term) => matched.has(term)) ? sum + word.weight : sum),
          0,
        ) / total;
  const matchedAt = tokens.map((token) => token.terms.some((t) => evidence.matchedTerms.has(t)));
  let sentenceCoverage = 0;
  let proximity = 0;
  let typeInMatchedSentence = 0;
  for (const sentence of evidence.sentences) {
    const inside: number[] = [];
    const terms = new Set<string>();
    tokens.forEach((token, index) => {
      if (!matchedAt[index] || token.start < sentence.start || token.end > sentence.end) return;
      inside.push(index);
      for (const term of token.terms) if (evidence.matchedTerms.has(term)) terms.add(term);
    });
    const weight = [...terms].reduce((sum, term) => sum + evidence.weightOf(term), 0);
    if (
      evidence.answerType &&
      terms.size > 0 &&
      holdsAnswerType(sentence.text, evidence.answerType, evidence.questionWords)
    )
      typeInMatchedSentence = 1;
    const share = total === 0 ? 0 : Math.min(1, weight / total);
    if (share > sentenceCoverage) sentenceCoverage = share;
    const first = inside[0];
    const last = inside.at(-1);
    if (first !== undefined && last !== undefined && terms.size > 1) {
      proximity = Math.max(proximity, terms.size / (last - first + 1));
    }
  }
  const asksType = evidence.answerType !== undefined;
  const holdsType = asksType && holdsAnswerType(evidence.text, evidence.answerType as AnswerType, evidence.questionWords);
  return {
    bm25: evidence.bm25,
    coverage: coverageOf(evidence.matchedQueryTerms),
    sentenceCoverage,
    proximity,
    bigrams: bigramShare(words, tokens),
    lead: paragraphs > 1 ? 1 - (paragraph - 1) / (paragraphs - 1) : 1,
    first: paragraph === 1 ? 1 : 0,
    leadInverse: 1 / paragraph,
    previous: evidence.previousBm25,
    previousCoverage: coverageOf(evidence.previousQueryTerms),
    nextCoverage: coverageOf(evidence.nextQueryTerms),
    next: evidence.nextBm25,
    typeHeld: holdsType ? 1 : 0,
    typeMissing: asksType && !holdsType ? 1 : 0,
    typeInMatchedSentence,
    nameCoverage: nameShare(words, evidence.matchedQueryTerms),
    rarestWord: rarestMatched(words, evidence.matchedQueryTerms),
    quoteForSaying: evidence.asksForStatement && QUOTE_MARK.test(evidence.text) ? 1 : 0,
    length: Math.log1p(tokens.length) / 5,
  };
}

/** Share of the question's neighbouring word pairs that stand within two words of each other here. */
function bigramShare(words: readonly WeightedWord[], tokens: readonly Token[]): number {
  if (words.length < 2) return 0;
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    for (const term of token.terms) {
      const list = positions.get(term);
      if (list) list.push(index);
      else positions.set(term, [index]);
    }
  });
  const at = (word: WeightedWord) => word.terms.flatMap((term) => positions.get(term) ?? []);
  let found = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const left = at(words[i] as WeightedWord);
    const right = at(words[i + 1] as WeightedWord);
    if (left.some((a) => right.some((b) => Math.abs(b - a) <= 2))) found++;
  }
  return found / (words.length - 1);
}

/** A linear score: the sum of each feature times its weight. */
export function scoreFeatures(features: Features, weights: Readonly<Record<string, number>>): number {
  let score = weights.bias ?? 0;
  for (const name of FEATURE_NAMES) score += (weights[name] ?? 0) * features[name];
  return score;
}


function nameShare(words: readonly WeightedWord[], matched: ReadonlySet<string>): number {
  const names = words.filter((word) => word.name);
  if (names.length === 0) return 0;
  return names.filter((word) => word.terms.some((t) => matched.has(t))).length / names.length;
}

/** Whether the paragraph holds the question's rarest word in the story. */
function rarestMatched(words: readonly WeightedWord[], matched: ReadonlySet<string>): number {
  const rarest = words.reduce<WeightedWord | undefined>(
    (best, word) => (!best || word.weight > best.weight ? word : best),
    undefined,
  );
  return rarest?.terms.some((t) => matched.has(t)) ? 1 : 0;
}
