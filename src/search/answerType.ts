/** The kind of answer a question asks for, when its wording says so. */
export type AnswerType = "age" | "duration" | "quantity" | "time" | "person" | "place";

const ASKS_AGE =
  /\bhow\s+old\b|\b(?:what|which|whose)\s+(?:\w+\s+)?age\b|\bage\s+(?:of|was|is|were|did|does)\b/i;
const ASKS_DURATION =
  /\bhow\s+long\b|\bfor\s+how\s+many\s+(?:years|months|weeks|days|hours|minutes)\b/i;
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
// Days and months: in a passage they hold a time; capitalised, they are no name.
const CALENDAR_WORDS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec";
const HOLDS_TIME = new RegExp(
  String.raw`\b(?:${CALENDAR_WORDS}|mar|apr|jun|jul|today|tonight|yesterday|tomorrow|weekend|morning|afternoon|evening|night|week|month|year|(?:19|20)\d\d|\d{1,2}:\d\d|[ap]\.m\.)\b`,
  "i",
);
// "21-year-old", "aged 50", "Okafor, 34, …": an age as news prints it.
const HOLDS_AGE =
  /\b\d{1,3}-(?:year|month|week)s?-old\b|\b(?:aged?|ages)\s+\d{1,3}\b|\p{Lu}[\p{L}'’.-]+,\s+\d{1,3},/u;
// A stretch of time: a unit, or "since".
const HOLDS_DURATION =
  /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|since)\b/i;
// A capitalised word that does not open a sentence: a name, of a person or a place.
const INNER_NAME = /(?<=[\p{L}\p{N},;:)"”’]\s+)\p{Lu}[\p{L}'’.-]+/gu;
// Days and months are capitalised but name no person or place.
const CALENDAR = new RegExp(`^(?:${CALENDAR_WORDS})$`, "i");
// A capitalised word that opens a sentence: a name only if the story prints it as one elsewhere.
const OPENING_WORD = /(?<=^|[.!?]["”’]?\s+)\p{Lu}[\p{L}'’.-]+/gu;

/**
 * The words a story prints capitalised inside a sentence, lower case: its names, so that one that
 * opens a sentence ("Medvedev condemned…") is known for a name too.
 */
export function namesIn(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts)
    for (const [name] of text.matchAll(INNER_NAME)) names.add(name.toLowerCase());
  return names;
}

/**
 * "How many drones…" asks for a quantity, "How old…" for an age, "How long…" for a stretch of time,
 * "When did…" for a time, "Who…" for a person, "Where…" for a place: the classic answer-type cues
 * of factoid question answering. Returns undefined when the question's wording does not say.
 * ("Why…" and a causal word in the passage were tried and added nothing on the tune half of the
 * real-questions set: 128.0 against 128.3 points.)
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if (ASKS_AGE.test(question)) return "age";
  if (ASKS_DURATION.test(question)) return "duration";
  if (ASKS_QUANTITY.test(question)) return "quantity";
  if (ASKS_TIME.test(question)) return "time";
  if (ASKS_PLACE.test(question)) return "place";
  if (ASKS_PERSON.test(question)) return "person";
  return undefined;
}

/**
 * Whether a passage holds an answer of that type: an age ("21-year-old"), a unit of time for a
 * stretch of time, a number for quantities, a date or day for times, and for people and places a
 * name the question does not have (`questionWords`: the question's words, lower case). A
 * capitalised word that opens a sentence counts as a name when the story prints it as one
 * elsewhere (`storyNames`, from namesIn).
 */
export function holdsAnswerType(
  passage: string,
  type: AnswerType,
  questionWords: ReadonlySet<string> = new Set(),
  storyNames: ReadonlySet<string> = new Set(),
): boolean {
  switch (type) {
    case "age":
      return HOLDS_AGE.test(passage);
    case "duration":
      return HOLDS_DURATION.test(passage);
    case "quantity":
      return HOLDS_QUANTITY.test(passage);
    case "time":
      return HOLDS_TIME.test(passage);
    case "person":
    case "place":
      for (const [name] of passage.matchAll(INNER_NAME))
        if (!questionWords.has(name.toLowerCase()) && !CALENDAR.test(name.replace(/\.$/, "")))
          return true;
      for (const [word] of passage.matchAll(OPENING_WORD)) {
        const name = word.toLowerCase();
        if (storyNames.has(name) && !questionWords.has(name)) return true;
      }
      return false;
  }
}
