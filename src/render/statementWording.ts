import { isDenial } from "../statements/speechVerbs.js";
import type { StatementKind } from "../statements/types.js";

/**
 * The verb shown before a statement: its own cue when that reads alone ("warned", "added"),
 * otherwise "said" ("told" wants a listener, "according to" a speaker after it, "warnings" is a
 * noun).
 */
export function speechVerb(cue: string): string {
  return /^\p{L}+ed$/u.test(cue) || IRREGULAR_PAST.has(cue) ? cue : "said";
}

/** Past tenses that read alone after a name, as "-ed" verbs do: "Ashdown wrote". */
const IRREGULAR_PAST = new Set(["wrote", "spoke"]);

/** A speaker opening a line: "the company" is "The company" there, as at a sentence's start. */
export function openingLine(name: string): string {
  return name.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** Marks a paraphrase: the words are the story's account of what was said, not a quotation. */
export const IN_STORY_WORDS = ", in the story's words";

/**
 * A statement's words as shown: a direct quote in quotation marks; reported speech (with or
 * without a quoted fragment inside) as printed, without marks that would make the reporter's
 * words the speaker's.
 */
export function shownWords(kind: StatementKind, words: string, runsOn = false): string {
  if (kind !== "direct") return words;
  // A quote the story leaves open (it runs on into the next paragraph) is shown open, as printed.
  return runsOn ? `“${words}` : `“${words}”`;
}

/**
 * `IN_STORY_WORDS` for a paraphrase, nothing for a quote; in a list of statements (pass the cue),
 * a denial first, since its words are what the speaker denied: " denied, in the story's words".
 */
export function wordingNote(kind: StatementKind, cue = ""): string {
  return `${isDenial(cue) ? ` ${cue}` : ""}${kind === "direct" ? "" : IN_STORY_WORDS}`;
}

/** Leads the paragraph of a quotation whose speaker Byline cannot read. */
export const UNATTRIBUTED_QUOTE =
  "The story quotes these words, but Byline cannot tell who said them";

/** Leads a statement that holds the typed words in the opposite sense. */
export const SAYS_OTHERWISE = "The closest statement in the story says otherwise:";

/** What the story's own narration is to the typed words: the same words, or only the closest. */
export function narrationLead(exact: boolean): string {
  return exact
    ? "The story says it in its own words, outside any quote"
    : "The closest words are the story's own, outside any quote";
}

/** Where an alternative statement is: its paragraph, and its story when not the best one's. */
export function whereElse(
  other: { readonly story: string; readonly paragraph: number },
  best: { readonly story: string },
): string {
  return other.story === best.story ? `¶${other.paragraph}` : `¶${other.paragraph}, ${other.story}`;
}
