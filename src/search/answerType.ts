/** The kind of answer a question asks for, when its wording says so. */
export type AnswerType = "quantity" | "time" | "person" | "place";

const ASKS_QUANTITY =
  /\bhow\s+(?:many|much|long|far|big|large|old|high|fast)\b|\bwhat\s+(?:number|percentage|share|amount|total|figure|age)\b|\b(?:the|a)\s+(?:number|amount|total)\s+of\b/i;
const ASKS_TIME =
  /^\W*when\b|\bwhat\s+(?:time|date|day|year|month)\b|\bwhich\s+(?:day|date|year|month)\b|\bwhen\s+(?:is|was|did|does|will|were|are|do|had|has)\b/i;
const ASKS_PERSON = /\b(?:who|whom|whose)\b/i;
const ASKS_PLACE =
  /\bwhere\b|\b(?:what|which)\s+(?:country|countries|city|cities|state|states|town|province|region|nation|place|island)\b/i;

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|percent";
const HOLDS_QUANTITY = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS})\b`, "i");
const HOLDS_TIME =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|tonight|yesterday|tomorrow|weekend|morning|afternoon|evening|night|week|month|year|(?:19|20)\d\d|\d{1,2}:\d\d|[ap]\.m\.)\b/i;
// A capitalised word that does not open a sentence: a name, of a person or a place.
const INNER_NAME = /(?<=[\p{L}\p{N},;:)"”’]\s+)\p{Lu}[\p{L}'’.-]+/gu;

/**
 * "How many drones…" asks for a quantity, "When did…" for a time, "Who…" for a person, "Where…"
 * for a place: the classic answer-type cues of factoid question answering. Returns undefined when
 * the question's wording does not say. ("Why…" and a causal word in the passage were tried and
 * added nothing on the tune half of the real-questions set: 128.0 against 128.3 points.)
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if (ASKS_QUANTITY.test(question)) return "quantity";
  if (ASKS_TIME.test(question)) return "time";
  if (ASKS_PLACE.test(question)) return "place";
  if (ASKS_PERSON.test(question)) return "person";
  return undefined;
}

/**
 * Whether a passage holds an answer of that type: a number for quantities, a date or day for
 * times, and for people and places a name the question does not have
 * (`questionWords`: the question's words, lower case).
 */
export function holdsAnswerType(
  passage: string,
  type: AnswerType,
  questionWords: ReadonlySet<string> = new Set(),
): boolean {
  switch (type) {
    case "quantity":
      return HOLDS_QUANTITY.test(passage);
    case "time":
      return HOLDS_TIME.test(passage);
    case "person":
    case "place":
      for (const [name] of passage.matchAll(INNER_NAME))
        if (!questionWords.has(name.toLowerCase())) return true;
      return false;
  }
}
