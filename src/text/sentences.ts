import { findWords } from "./words.js";

/** A sentence of a paragraph, verbatim, with its place in the paragraph (end exclusive). */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Abbreviations that come before a name and so never end a sentence.
const TITLES = new Set(
  "mr mrs ms dr prof gov sen rep gen lt col capt cmdr sgt adm maj cpl pvt rev hon pres supt insp det st mt ft fr sr".split(
    " ",
  ),
);
// Abbreviations that may end a sentence; they do only when the next word opens one.
const ABBREVIATIONS = new Set(
  [
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd bros no vs etc approx est dept univ assn ave blvd",
    // US states as datelines abbreviate them ("RIDGELINE, Colo. (Reuters) -").
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo",
  ]
    .join(" ")
    .split(" "),
);
// Words that, capitalised after an abbreviation, show that a new sentence has started.
const SENTENCE_OPENERS = new Set(
  "the a an it he she they we i you this that these those there his her its their but and or so yet if when while after before as in on at for meanwhile however still also then".split(
    " ",
  ),
);

/**
 * Splits a paragraph into sentences with Intl.Segmenter (Unicode UAX #29), then mends its one
 * weakness for news text: it breaks after every abbreviation ("The U.S. | Embassy", "Mr. | Smith").
 * A break after a title is always undone; after other abbreviations and initials it is undone
 * unless the next word is one that opens sentences.
 *
 * @example splitSentences("The U.S. Embassy said so. It closed.").map(s => s.text)
 * // → ["The U.S. Embassy said so. ", "It closed."]
 */
export function splitSentences(paragraph: string): Sentence[] {
  const pieces = [...segmenter.segment(paragraph)].map((s) => ({
    start: s.index,
    end: s.index + s.segment.length,
  }));
  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    const before = previous ? paragraph.slice(previous.start, previous.end) : "";
    const after = paragraph.slice(piece.start, piece.end);
    if (
      previous &&
      (breakIsAnAbbreviation(before, after) || breakIsInsideASentence(before, after))
    ) {
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged
    .map(({ start, end }) => {
      const raw = paragraph.slice(start, end);
      const trimmedEnd = start + raw.trimEnd().length;
      const trimmedStart = start + (raw.length - raw.trimStart().length);
      return {
        text: paragraph.slice(trimmedStart, trimmedEnd),
        start: trimmedStart,
        end: trimmedEnd,
      };
    })
    .filter((sentence) => sentence.text.length > 0);
}

/**
 * A question or exclamation quoted and then attributed (`"Who watches my kids?" asked Lena Marsh,
 * a mother of three.`): the attribution, opening in lower case, is no sentence of its own.
 */
function breakIsInsideASentence(before: string, after: string): boolean {
  return /[?!]["”’'»)\]]*\s*$/u.test(before) && /^\p{Ll}/u.test(after);
}

function breakIsAnAbbreviation(before: string, after: string): boolean {
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? "";
  if (!lastWord.endsWith(".")) return false;
  const bare = lastWord.replace(/^[("“‘'\u2014-]+/, "").slice(0, -1);
  const key = bare.toLowerCase();
  if (TITLES.has(key)) return true;
  const isInitials = /^(?:\p{L}\.)*\p{L}$/u.test(bare); // "U.S", "p.m", "J"
  if (!isInitials && !ABBREVIATIONS.has(key)) return false;
  const nextWord = findWords(after)[0]?.raw ?? "";
  if (nextWord === "") return false;
  const startsLower = nextWord[0] !== nextWord[0]?.toUpperCase();
  return startsLower || !SENTENCE_OPENERS.has(nextWord.toLowerCase());
}
