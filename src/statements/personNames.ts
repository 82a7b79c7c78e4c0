import nlp from "compromise";
import { STOP_WORDS } from "../search/stopWords.js";
import { titleForms } from "../search/titles.js";
import { editDistance } from "../text/editDistance.js";
import { foldText } from "../text/fold.js";
import { NAME_PARTICLES } from "../text/nameParticles.js";
import { printsWords } from "../text/printsWords.js";
import type { Person } from "./types.js";

/** Edits past which two names are not compared further: nobody types that far off. */
const MAX_NAME_DISTANCE = 6;

/** Courtesy titles: said before a name, and no role of their own ("Mrs.", "Dr", "Rev."). */
const COURTESY_TITLES = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Hon"];
/** Titles abbreviated before a name, courtesy titles and ranks: "Gov. Harlan Whitcombe". */
export const TITLE_ABBREVIATIONS = [
  ...COURTESY_TITLES,
  ...["Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Det", "Supt"],
];

/** A title said before a name and no part of it: "Dr.", "Sen", "Mrs.". */
export const HONORIFIC = new RegExp(`^(?:${TITLE_ABBREVIATIONS.join("|")})\\.?$`, "i");
/** A courtesy title, which is no role: "Mr", "Dr.". */
export const COURTESY_TITLE = new RegExp(`^(?:${COURTESY_TITLES.join("|")})\\.?$`, "i");

/** The ranks among titles before a name, which are roles: "Det. Supt." yes, "Dr." or "Mr." no. */
export function rankOf(words: readonly string[]): string | undefined {
  const titles = words.filter((word) => HONORIFIC.test(word));
  return titles.length === words.length && titles.some((word) => !COURTESY_TITLE.test(word))
    ? titles.join(" ")
    : undefined;
}

/**
 * A rank printed before a name and a description printed around it, both kept, rank first, so
 * that /who is finds the person by either: "Sgt." and "detective with the Cedar Falls Police
 * Department" → "Sgt., detective with the Cedar Falls Police Department".
 */
export function rankedRole(rank: string | undefined, description: string | undefined) {
  if (!rank) return description;
  if (!description || printsWords(description, rank)) return description || rank;
  return `${rank}, ${description}`;
}

/** A full name's surname, with the particles that go with it: "Sanne de Wit" → "de Wit". */
export function surnameOf(name: string): string {
  const words = name.split(" ");
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1] ?? "")) start--;
  return words.slice(Math.max(0, start)).join(" ") || name;
}

/** A typed name without the honorific before it: "Dr. Mehta" → "Mehta". */
export function withoutHonorific(typedName: string): string {
  return typedName
    .trim()
    .replace(/^(\S+)\s+/, (opening, word: string) => (HONORIFIC.test(word) ? "" : opening));
}

/** "Jake" for Jake Sullivan: the first of a full name's words. */
export function isFirstNameOf(typedName: string, person: Person): boolean {
  const [first, ...rest] = person.name.split(" ");
  return rest.length > 0 && foldText(first ?? "") === foldText(typedName.trim());
}

/**
 * "the mayor", "fire chief": words of the person's role, as the story gives it, at least one of
 * them more than a stop word ("the" and "for" are in many roles and name no one).
 */
export function holdsRole(typed: string, person: Person): boolean {
  const wanted = foldText(typed.trim()).replace(/^the\s+/, "");
  const saysSomething = wanted
    .split(/\s+/)
    .some((word) => word.length >= 3 && !STOP_WORDS.has(word));
  const role = person.role;
  return (
    role !== undefined &&
    saysSomething &&
    titleForms(wanted).some((form) => printsWords(foldText(role), foldText(form)))
  );
}

/** Beyond this many typos a name is another name, however long. */
const MAX_TYPOS = 3;

/** Typos forgiven in a typed name: one per five letters, at least one, at most MAX_TYPOS. */
export function typosAllowed(typedName: string): number {
  return Math.min(MAX_TYPOS, Math.max(1, Math.floor(foldText(typedName.trim()).length / 5)));
}

/**
 * The people whose name or surname is written, whole, inside longer text: "Jake Sullivan, the
 * White House adviser" names Jake Sullivan.
 */
export function peopleNamedIn(text: string, people: readonly Person[]): Person[] {
  const folded = foldText(text);
  return people.filter((person) =>
    person.aliases.some((alias) => printsWords(folded, foldText(alias))),
  );
}

/** Edit distance from a typed name to the nearest of a person's names (case, accents aside). */
export function nameDistance(typedName: string, person: Person): number {
  const typed = foldText(typedName.trim());
  return Math.min(
    ...person.aliases.map((alias) => editDistance(typed, foldText(alias), MAX_NAME_DISTANCE)),
  );
}

/**
 * The people a typed name means: full name, surname, title and surname, or any of these with the
 * typos `typosAllowed` forgives; only the nearest when several are in reach.
 *
 * @example peopleNamed("Amirabdolahian", people) // → [Hossein Amirabdollahian]
 */
export function peopleNamed(typedName: string, people: readonly Person[]): Person[] {
  const scored = people.map((person) => ({ person, distance: nameDistance(typedName, person) }));
  return nearestInReach(typedName, scored).map(({ person }) => person);
}

/** Of names scored by their distance to a typed name, the nearest within the typos it is forgiven. */
export function nearestInReach<T extends { readonly distance: number }>(
  typedName: string,
  scored: readonly T[],
): T[] {
  const allowed = typosAllowed(typedName);
  const inReach = scored.filter(({ distance }) => distance <= allowed);
  const nearest = Math.min(...inReach.map(({ distance }) => distance));
  return inReach.filter(({ distance }) => distance === nearest);
}

/**
 * A role as a card can show it, or nothing when the words are no role: a relative pronoun a cut
 * left behind ("Dutch security researcher who" → "Dutch security researcher"), a preposition that
 * ties the name to something else ("the case of Russian figure skater" → "Russian figure
 * skater"), a possessive place alone ("Britain's Olivia Harcourt": where she is from, not what
 * she is), words that hold the end of a quote or its attribution ("We found out from a leaked
 * email,' said"), or a clause fragment (see `isClauseFragment`). Better no role than a wrong one.
 * A role that opens on a possessive ("Its chair") is shown after the name, so in lower case.
 */
export function cardRole(role: string | undefined): string | undefined {
  const trimmed = role
    ?.replace(/[\s,]+(?:who|whom|whose|which|that)$/i, "")
    .replace(/^(?:of|to|with|by|against|about|from)\s+/i, "")
    .trim();
  if (!trimmed) return undefined;
  if (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(trimmed)) return undefined;
  if (/[,.!?]['’"”]|(?:^|\s)['‘"“]|\b(?:said|says|told|tells)$/u.test(trimmed)) return undefined;
  if (isClauseFragment(trimmed)) return undefined;
  // "Its chair, Tom Vance,": shown after the name, "Tom Vance, its chair".
  return trimmed.replace(/^(?:Its|His|Her|Their|Our|My)\s/u, (pronoun) => pronoun.toLowerCase());
}

const NEEDS_MORE_AFTER =
  /\b(?:of|in|on|at|to|for|with|by|from|about|against|as|into|than|the|a|an|and|or|but)$/i;
const PERSONAL_PRONOUN =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|him|them|us|me)\b|(?:^|\s)I(?:\s|$)|\b(?:her|it)$/;

/**
 * Words before a name that are part of a clause rather than a description of the person: they
 * end on a verb ("she saw Marcus Delaney", "a dairy farmer named Luis Ocampo"), on a word that
 * needs more after it ("charged with murder in the death of Raymond Okoro", "known as"), or hold a
 * personal pronoun ("everyone on both banks calls her Peg").
 */
function isClauseFragment(words: string): boolean {
  if (NEEDS_MORE_AFTER.test(words) || PERSONAL_PRONOUN.test(words)) return true;
  // A verb, as the tagger reads the last word: "saw", "named", "calls", "representing". A base
  // form may be a noun ("guide", "chair") and a capitalised word a title ("Judge", "Substitute").
  const last = (nlp(words).json() as { terms: { text: string; tags: string[] }[] }[])
    .at(-1)
    ?.terms.at(-1);
  if (!last || !/^\p{Ll}/u.test(last.text)) return false;
  const tags = new Set(last.tags);
  return (
    tags.has("PastTense") ||
    tags.has("Gerund") ||
    (tags.has("PresentTense") && !tags.has("Infinitive"))
  );
}
