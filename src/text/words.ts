/** A word as written in a text, with its place in that text (UTF-16 offsets, end exclusive). */
export interface WordSpan {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, joined by inner apostrophes, periods, commas between digits and hyphens,
// so "U.S.", "Iran’s", "1,200", "4.5" and "drone-carrying" are each one word. A final period is
// kept only after single letters ("U.S.") so sentence stops stay out of words. Combining accents
// (a decomposed "Pútin", as some keyboards send it) and invisible characters (zero-width, soft
// hyphen) stay inside a word.
const WORD =
  /(?:\p{L}\p{M}*\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:(?:['\u2019\u2018-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*)*/gu;

/** Every word of `text`, in order. */
export function findWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ raw: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}
