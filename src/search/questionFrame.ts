// Wordings that say how a question asks, not what it is about: "what does NIFC stand for",
// "what kinds of machines", "what is meant by", and the "how long" of "how long has…" (the answer
// type, handled by answerType.ts, not a subject).
const FRAME_WORDS =
  /\b(?:stands?\s+for|(?:is\s+)?meant\s+by|means?|kinds?\s+of|sorts?\s+of|types?\s+of|how\s+(?:many|much|long|big|large|far|old|strong|fast|high|often|soon|small|bad|serious))\b/gi;
/** Blanks out question framing with spaces, so offsets stay those of the question. */
export function blankQuestionFrame(question: string): string {
  return question.replace(FRAME_WORDS, (frame) => " ".repeat(frame.length));
}
