import SearchableMap from "minisearch/SearchableMap";
import { capitalised } from "../text/capitalised.js";
import { editDistance, isTypoOf } from "../text/editDistance.js";
import { foldText } from "../text/fold.js";
import { findWords } from "../text/words.js";

/**
 * From this many letters a word the stories never print is taken for a typo of the printed word
 * nearest to it. Shorter words have too many real neighbours ("mayor", "major").
 */
const MIN_CORRECTED_LENGTH = 7;
const ONLY_LETTERS = /^\p{L}+$/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * Every word the stories print (stop words and short words aside), folded, to correct a
 * question's typos against. Fuzzy matching on
 * index terms misses typos that change a word's ending, because the stemmer then leaves the word
 * whole: "evacuaton" stays "evacuaton" while "evacuation" is indexed as "evacu".
 */
export class PrintedWords {
  /** A radix tree, so that the words near a typed one are found without comparing every word. */
  readonly #words = new SearchableMap<true>();
  /** The same words in a plain set: indexing checks it first, as the tree is slower to ask. */
  readonly #seen = new Set<string>();

  /** A word as printed; only words a long typed word can be a typo of are kept. */
  add(printed: string): void {
    if (printed.length < MIN_CORRECTED_LENGTH - 2) return;
    // Folding (accents, curly quotes) is slow, and most words have nothing to fold but case.
    const word = ASCII_LETTERS.test(printed) ? printed.toLowerCase() : foldText(printed);
    if (this.#seen.has(word) || !ONLY_LETTERS.test(word)) return;
    this.#seen.add(word);
    this.#words.set(word, true);
  }

  /** Every word kept, to give to add() again (StoryIndex's snapshot). */
  words(): string[] {
    return [...this.#seen];
  }

  has(word: string): boolean {
    return this.#seen.has(word);
  }

  /**
   * The question with each long word the stories never print, and that `isIndexed` does not
   * find under another form, replaced by the printed word it is a typo of when exactly one
   * printed word is nearest; other words as typed.
   *
   * @example printed.correct("evacuaton orders", isIndexed) // → "evacuation orders"
   */
  correct(question: string, isIndexed: (word: string) => boolean): string {
    let corrected = "";
    let from = 0;
    for (const { raw, start, end } of findWords(question)) {
      const typed = foldText(raw);
      if (
        typed.length < MIN_CORRECTED_LENGTH ||
        !ONLY_LETTERS.test(typed) ||
        this.has(typed) ||
        isIndexed(raw)
      ) {
        continue;
      }
      const nearest = this.#nearest(typed);
      if (!nearest) continue;
      const shown = /^\p{Lu}/u.test(raw) ? capitalised(nearest) : nearest;
      corrected += question.slice(from, start) + shown;
      from = end;
    }
    return corrected + question.slice(from);
  }

  #nearest(typed: string): string | undefined {
    let best: string[] = [];
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const word of this.#near(typed)) {
      if (!isTypoOf(typed, word)) continue;
      const distance = editDistance(typed, word, 2);
      if (distance < bestDistance) {
        best = [word];
        bestDistance = distance;
      } else if (distance === bestDistance) {
        best.push(word);
      }
    }
    return best.length === 1 ? best[0] : undefined;
  }

  /** Printed words within a typo of `typed`, as isTypoOf counts typos: one edit, two from eight letters. */
  #near(typed: string): string[] {
    const allowed = typed.length >= 8 ? 2 : 1;
    const near = [...this.#words.fuzzyGet(typed, allowed).keys()];
    // The tree counts a swap of neighbouring letters as two edits; a typo is one.
    if (allowed === 1) {
      for (let i = 0; i + 1 < typed.length; i++) {
        const swapped = typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2);
        if (this.#words.has(swapped)) near.push(swapped);
      }
    }
    return near;
  }
}
