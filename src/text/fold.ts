const CURLY_APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032`´]/g;
const CURLY_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const COMBINING_MARKS = /\p{M}/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Folds text the way people type it: no diacritics, straight quotes and apostrophes, lower case,
 * no invisible characters (zero-width spaces and joiners, soft hyphens, byte-order marks).
 * Used to compare words, never to show them.
 *
 * @example foldText("Muñoz’s “plan”") // → `munoz's "plan"`
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(INVISIBLE, "")
    .replace(CURLY_APOSTROPHES, "'")
    .replace(CURLY_QUOTES, '"')
    .toLowerCase();
}
