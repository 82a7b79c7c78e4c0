// How /summary scores sentences: its header says where the weights come from and what they reach.
import learned from "./data/summary-weights.json" with { type: "json" };

/** How the summary scores and picks sentences. */
export interface SummaryModel {
  /**
   * A sentence's score is bias + Σ weight × feature (sentenceFeatures.ts), or its logistic when
   * `logistic` (a model learned by scripts/learn-summary-weights.ts).
   */
  readonly logistic?: boolean;
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
  /** Maximal marginal relevance: how much a sentence's own score counts against its overlap with those chosen. */
  readonly mmrLambda: number;
  /** How much a response adds to a sentence's score until one is chosen. */
  readonly responseBonus: number;
  /** How much what is at stake adds until one such sentence is chosen. */
  readonly stakesBonus: number;
  /**
   * How much a sentence opening a paragraph in a later stretch of the story adds in a medium or
   * long summary until that stretch has a sentence chosen (summarizeStory.ts, pickLaterTurns).
   */
  readonly laterTurnBonus: number;
  /** Maximal marginal relevance's λ for the places a medium or long summary adds to the short one. */
  readonly laterTurnLambda: number;
  /**
   * The least maximal marginal relevance (bonuses included) a sentence after the first must reach
   * for a short summary to take it; none when absent. A summary of two sentences says more per
   * word than one padded with a weak third.
   */
  readonly leastRelevance?: number;
}

export const SUMMARY_MODEL: SummaryModel = learned;
