// Learned by scripts/learn-ask-weights.ts; its header says on what data and with what result.
import learned from "./data/ask-weights.json" with { type: "json" };

/** The ranking model's weight for each passage feature (passageFeatures.ts). */
export const ASK_WEIGHTS: Readonly<Record<string, number>> = learned.weights;
/** The best passage's score from which `/ask` says the story answers the question. */
export const ANSWERED_SCORE: number = learned.answeredScore;
