/** The kind of answer a question asks for, when its wording says so. */
export type AnswerType = "quantity" | "time";

const ASKS_QUANTITY =
  /\bhow\s+(?:many|much|long|far|big|large|old|high|fast)\b|\bwhat\s+(?:number|percentage|share|amount|total|figure)\b/i;
const ASKS_TIME =
  /^\W*when\b|\bwhat\s+(?:time|date|day|year|month)\b|\bwhich\s+(?:day|date|year|month)\b/i;

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|percent";
const HOLDS_QUANTITY = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS})\b`, "i");
const HOLDS_TIME =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|tonight|yesterday|tomorrow|weekend|morning|afternoon|evening|night|week|month|year|(?:19|20)\d\d|\d{1,2}:\d\d|[ap]\.m\.)\b/i;

/**
 * "How many drones…" asks for a quantity, "When did…" for a time: the classic answer-type cue of
 * factoid question answering. Returns undefined when the question's wording does not say.
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if (ASKS_QUANTITY.test(question)) return "quantity";
  if (ASKS_TIME.test(question)) return "time";
  return undefined;
}

/** Whether a passage holds an answer of that type: a number for quantities, a date or day for times. */
export function holdsAnswerType(passage: string, type: AnswerType): boolean {
  return (type === "quantity" ? HOLDS_QUANTITY : HOLDS_TIME).test(passage);
}
