import nlp from "compromise";

/** A personal pronoun for a person ("his", "she") or for people ("they", "their"). */
const PERSONAL_PRONOUN = /\b(?:(he|him|his|she|her|hers)|they|them|their|theirs)\b/iu;
/**
 * "If it does not, …", "When they arrived, …": a clause that opens on a pronoun as its subject;
 * "On Friday, he said …", "In Britain, his party …": a pronoun right after an opening phrase.
 */
const OPENS_ON_A_PRONOUN =
  /^(?:(?:If|When|While|Because|Although|Though|As|Since|After|Before|Until|Unless|Once)\s+(?:he|she|it|they)\b|(?:In|On|At|By|For|From|During|After|Before|Later|Earlier|Since)\s[^,]{1,30},\s+(?:he|she|his|her|they|their)\b)/u;
/** Tags of words that can stand for a person: a name, or a role ("the mayor", "a spokeswoman"). */
const PERSON_TAGS = ["Person", "Actor"];
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
];

interface TaggedWord {
  readonly text: string;
  readonly tags: readonly string[];
  /** Where the word starts in the sentence. */
  readonly offset: number;
}

/**
 * Whether a sentence's meaning hangs on a pronoun that nothing in the sentence stands for ("The
 * species is named in his honor.", "If it does not, the penalty becomes final."): a person's
 * pronoun needs a name or a role before it ("The mayor said he …"; a name after it also serves:
 * "At home when he heard …, Dr. John Hink …"), a plural one a name or a plural before it
 * ("Officials said they …"). It reads the tagger's word classes, so it errs towards a sentence
 * standing alone ("The plan drew praise from his allies" is taken to stand alone).
 */
export function pronounWithoutAntecedent(sentence: string): boolean {
  if (OPENS_ON_A_PRONOUN.test(sentence)) return true;
  const pronoun = PERSONAL_PRONOUN.exec(sentence);
  if (!pronoun) return false;
  // Most news sentences name someone before the pronoun ("Kremlin spokesman Dmitry Peskov said
  // he …"): a capital after the first word settles it without the tagger, which is slow.
  if (/\s\p{Lu}/u.test(sentence.slice(0, pronoun.index))) return false;
  const words = taggedWords(sentence);
  const isPerson = (word: TaggedWord) =>
    word.tags.some((tag) => PERSON_TAGS.includes(tag)) ||
    (/^\p{Lu}/u.test(word.text) && !word.tags.some((tag) => NAMES_NO_ONE.includes(tag)));
  const before = words.filter((word) => word.offset < pronoun.index);
  if (before.some(isPerson)) return false;
  const forAPerson = pronoun[1] !== undefined;
  // "The judge did not order …, and she said": a role the tagger may call only a noun. What
  // cannot be a person is a mass noun ("The money was returned to her").
  const countable = (word: TaggedWord) =>
    word.tags.includes("Singular") && !word.tags.includes("Uncountable");
  if (forAPerson && before.some(countable)) return false;
  if (forAPerson) return !words.some((word) => word.offset > pronoun.index && isPerson(word));
  return !before.some((word) => word.tags.includes("Plural"));
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
