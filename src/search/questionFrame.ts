import type { Span } from "./subjectWords.js";

// Wordings that say how a question asks, not what it is about: "what does NIFC stand for",
// "what kinds of machines", "what is meant by", and the "how long" of "how long has…" (the answer
// type, handled by answerType.ts, not a subject).
const FRAME_WORDS =
  /\b(?:stands?\s+for|(?:is\s+)?meant\s+by|means?|kinds?\s+of|sorts?\s+of|types?\s+of|how\s+(?:many|much|long|big|large|far|old|strong|fast|high|often|soon|small|bad|serious))\b/gi;
// "Which agency…", "what model…": the noun right after which/what names the kind of answer wanted,
// which the answering passage need not contain.
const ANSWER_FOCUS = /\b(?:which|what)\s+(?:\w+\s+){0,1}?(\p{L}+)\b/giu;

/** Blanks out question framing with spaces, so offsets stay those of the question. */
export function blankQuestionFrame(question: string): string {
  return question.replace(FRAME_WORDS, (frame) => " ".repeat(frame.length));
}

/** Where the question names the kind of answer it wants ("which agency" → "agency"). */
export function findAnswerFocus(question: string): Span[] {
  const spans: Span[] = [];
  for (const match of question.matchAll(ANSWER_FOCUS)) {
    const word = match[1];
    if (!word) continue;
    const start = match.index + match[0].length - word.length;
    spans.push({ start, end: start + word.length });
  }
  return spans;
}
