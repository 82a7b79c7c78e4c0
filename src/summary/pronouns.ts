/** A personal pronoun for a person ("his", "she") or for people ("they", "their"). */
const PERSONAL_PRONOUN = /\b(?:(he|him|his|she|her|hers)|they|them|their|theirs)\b/iu;
/** Capitalised words that open a sentence without naming anyone. */
const OPENERS_NAMING_NO_ONE =
  /^(?:The|A|An|But|And|Or|So|Yet|In|On|At|For|With|After|Before|When|While|As|If|Since|Because|Although|Though|Still|Meanwhile|However|Then|Now|There|This|That|These|Those|One|Some|Many|Most|All|Both|Each|Every|No|Only|Even|Also)$/u;

/** Plurals that do not end in "s". */
const IRREGULAR_PLURALS = /^(?:people|police|women|men|children|staff|crew|clergy)$/iu;

/**
 * Whether a sentence's meaning hangs on a pronoun that nothing in the sentence can stand for
 * ("The species is named in his honor."): a person's pronoun needs a name in the sentence (before
 * or after it: "At home when he heard, Dr. John Hink …"), a plural one a name or a plural before
 * it ("Officials said they …", "The women … their faces").
 */
export function pronounWithoutAntecedent(sentence: string): boolean {
  const pronoun = PERSONAL_PRONOUN.exec(sentence);
  if (!pronoun) return false;
  const words = sentence.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  const named = words.some(
    (word, index) => /^\p{Lu}/u.test(word) && !(index === 0 && OPENERS_NAMING_NO_ONE.test(word)),
  );
  if (named) return false;
  if (pronoun[1] !== undefined) return true;
  const before = sentence.slice(0, pronoun.index).match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  return !before.some((word) => /\p{Ll}{2,}s$/u.test(word) || IRREGULAR_PLURALS.test(word));
}
