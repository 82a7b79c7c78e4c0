import nlp from "compromise";
import { MONTHS, WEEKDAYS } from "../text/calendar.js";
import { isActorNoun, LEXICON } from "../text/lexicon.js";

/** A personal pronoun for a person ("his", "she") or for people ("they", "their"). */
const PERSONAL_PRONOUN = /\b(?:(he|him|his|she|her|hers)|they|them|their|theirs)\b/iu;
/** Capitalised words that name no one: places, dates, the words that open sentences. */
const NAMES_NO_ONE = [
  "Place",
  "Date",
  "Month",
  "WeekDay",
  "Determiner",
  "Preposition",
  "Adverb",
  "Conjunction",
  "Pronoun",
  "Verb",
];
/** Capitalised words that are no one's name, known without the tagger. */
const DATE_WORDS = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`, "u");
/**
 * Roles the tagger reads as verbs or plain nouns in a sentence ("The judge did not order …, and
 * she said"), and so does not mark as people.
 */
const ROLES = new Set(
  "judge coach chief chair chairman chairwoman mother father wife husband son daughter brother sister boy girl man woman child victim suspect defendant witness widow widower nurse lawyer prosecutor governor senator minister spokesman spokeswoman spokesperson official leader founder owner resident neighbor neighbour friend partner colleague player striker goalkeeper manager captain director president author researcher scientist teacher student driver pilot worker farmer doctor surgeon patient mayor king queen prince princess pope bishop priest rabbi imam sheriff deputy sergeant detective inspector soldier officer chancellor secretary ambassador candidate actor actress singer artist writer designer founder survivor".split(
    " ",
  ),
);
/** Beyond this many characters a sentence is not news prose, and the tagger is not run on it. */
const MAX_TAGGED_CHARACTERS = 600;

interface TaggedWord {
  readonly text: string;
  readonly tags: readonly string[];
  /** Where the word starts in the sentence. */
  readonly offset: number;
}

/**
 * Whether a sentence's meaning hangs on a pronoun that nothing in the sentence stands for ("The
 * species is named in his honor.", "On Friday, he said …", "The report says he misled
 * parliament."): a person's pronoun needs a name or a role before it ("The mayor said he …") or a
 * name after it ("When he heard the news, Dr. John Hink …"); a plural one a name or a plural before
 * it ("Officials said they …") or a name after it ("If they win, Liverpool …"). A sentence the
 * tagger cannot read in time (very long) is taken to stand alone.
 */
export function pronounWithoutAntecedent(sentence: string): boolean {
  const pronoun = PERSONAL_PRONOUN.exec(sentence);
  if (!pronoun) return false;
  const before = sentence.slice(0, pronoun.index);
  // Most news sentences name someone before the pronoun ("Kremlin spokesman Dmitry Peskov said
  // he …"): a capital that is no date settles it without the tagger, which is slow.
  const capitals = before.match(/(?<=\s)\p{Lu}[\p{L}'’.-]*/gu) ?? [];
  if (capitals.some((word) => !DATE_WORDS.test(word))) return false;
  if (sentence.length > MAX_TAGGED_CHARACTERS) return false;
  const words = taggedWords(sentence);
  const capitalised = (word: TaggedWord) =>
    /^\p{Lu}/u.test(word.text) &&
    !DATE_WORDS.test(word.text) &&
    // A sentence's first word has its capital anyway: it is a name only if it is no English word.
    (word.offset > 0 || LEXICON[word.text.toLowerCase()] === undefined);
  const isPerson = (word: TaggedWord) =>
    word.tags.includes("Person") ||
    isARole(word.text.toLowerCase().replace(/['’]s$/u, "")) ||
    (capitalised(word) && !word.tags.some((tag) => NAMES_NO_ONE.includes(tag)));
  if (words.some((word) => word.offset < pronoun.index && isPerson(word))) return false;
  // A name after the pronoun, a person's or a team's: "If they win on Sunday, Liverpool will …".
  const named = (word: TaggedWord) =>
    isPerson(word) || (capitalised(word) && word.tags.includes("Place"));
  if (words.some((word) => word.offset > pronoun.index && named(word))) return false;
  const forAPerson = pronoun[1] !== undefined;
  return (
    forAPerson || !words.some((word) => word.offset < pronoun.index && word.tags.includes("Plural"))
  );
}

function isARole(word: string): boolean {
  const singular = word.replace(/s$/u, "");
  return (
    ROLES.has(word) ||
    ROLES.has(singular) ||
    // The tagger's own roles ("mayor", "officer", "president"), from its lexicon: in a sentence it
    // also calls the subject of "said" a role when it is a report or a statement.
    isActorNoun(word) ||
    isActorNoun(singular)
  );
}

function taggedWords(sentence: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  let from = 0;
  for (const { terms } of nlp(sentence).terms().json() as {
    terms: { text: string; tags: string[] }[];
  }[]) {
    for (const term of terms) {
      const offset = sentence.indexOf(term.text, from);
      if (offset < 0) continue;
      words.push({ text: term.text, tags: term.tags, offset });
      from = offset + term.text.length;
    }
  }
  return words;
}

/** "it" or "its" as a word of the sentence. */
const THING_PRONOUN = /\b(?:it|its)\b/giu;
/**
 * "It" that stands for nothing ("it is too early to say", "it emerged that", "made it clear
 * that", "it would take weeks"): a form of "be", "seem", "appear", "remain", "take", or a word
 * and then "that" or "to".
 */
const EMPTY_IT =
  /^\s+(?:(?:will|would|could|can|may|might|should|must|does|did|has|had|have)(?:\s+not|n['’]t)?\s+)?(?:be|been|is|was|isn['’]t|wasn['’]t|['’]s|seems?|seemed|appears?|appeared|remains?|remained|takes?|took|take|emerged|happens?|happened|matters?|mattered|rains?|rained)\b|^\s+\p{L}+\s+(?:that|to)\b/iu;
/** Words between a verb's subject and "it" as its object: "the state to pay for it". */
const LINKS_SUBJECT_TO_OBJECT = new Set(
  "to for against about on with from into onto over at by of in off up down out not never also".split(
    " ",
  ),
);
const SKIPPED_TAGS = [
  "Verb",
  "Preposition",
  "Adverb",
  "Auxiliary",
  "Modal",
  "Negative",
  "Particle",
];

/**
 * Whether a sentence hangs on an "it" or "its" for a thing that nothing before it in the sentence
 * can be ("Obi wants the state to pay for it.", "Republicans said it spent too much."): before it
 * there must be a singular thing, not a person (`isPerson`: the story's people), not a plural, and
 * not the subject of the verb whose object "it" is ("the state" in "the state to pay for it"). An
 * "it" that stands for nothing ("it is too early to say"), inside a quotation, or in a sentence the
 * tagger cannot read in time is no such pronoun.
 */
export function thingPronounWithoutAntecedent(
  sentence: string,
  isPerson: (word: string) => boolean,
): boolean {
  if (sentence.length > MAX_TAGGED_CHARACTERS) return false;
  const unquoted = sentence.replace(/["“][^"”]*["”]?/gu, (quote) => " ".repeat(quote.length));
  const pronouns = [...unquoted.matchAll(THING_PRONOUN)].filter(
    (found) =>
      found.index !== undefined &&
      found.index > 0 &&
      (found[0].toLowerCase() === "its" ||
        !EMPTY_IT.test(unquoted.slice(found.index + found[0].length))),
  );
  const [first] = pronouns;
  if (first?.index === undefined) return false;
  const words = taggedWords(sentence).filter((word) => word.offset < (first.index ?? 0));
  const isThing = (word: TaggedWord) => {
    const bare = word.text.replace(/['’]s?$/u, "").replace(/[^\p{L}\p{N}.&-]+$/u, "");
    if (bare === "" || isPerson(bare) || ROLES.has(bare.toLowerCase())) return false;
    if (word.tags.some((tag) => ["Pronoun", "Date", "Month", "WeekDay", "Value"].includes(tag)))
      return false;
    if (DATE_WORDS.test(bare)) return false;
    const plural = word.tags.includes("Plural") || /[^s]s$/u.test(bare);
    if (plural) return false;
    // A name or a capitalised thing ("Northgate said it …"), or a common noun ("the company").
    if (!/^\p{Lu}/u.test(bare)) return word.tags.includes("Noun");
    if (word.offset === 0)
      return LEXICON[bare.toLowerCase()] === undefined || word.tags.includes("Noun");
    return !word.tags.some((tag) => ["Determiner", "Preposition", "Conjunction"].includes(tag));
  };
  let things = words.filter(isThing);
  if (first[0].toLowerCase() === "it") {
    // "it" as an object: the noun just before its verb is that verb's subject, not what "it" is.
    const afterIt = unquoted.slice(first.index + first[0].length);
    const isObject =
      !/^\s+(?:\p{L}+\s+)?(?:\p{L}+ed|will|would|could|can|may|might|should|must|does|did|has|had|have|is|was|says|said|\p{L}+s)\b/iu.test(
        afterIt,
      );
    if (isObject) {
      for (let at = words.length - 1; at >= 0; at--) {
        const word = words[at];
        if (!word) break;
        const linking =
          LINKS_SUBJECT_TO_OBJECT.has(word.text.toLowerCase()) ||
          word.tags.some((tag) => SKIPPED_TAGS.includes(tag));
        if (linking && !word.tags.includes("Noun")) continue;
        things = things.filter((thing) => thing !== word);
        break;
      }
    }
  }
  return things.length === 0;
}
