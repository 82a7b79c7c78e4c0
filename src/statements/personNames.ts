import { foldText } from "../text/fold.js";
import { printsWords } from "../text/printsWords.js";
import { editDistance } from "./statementIndex.js";
import type { Person } from "./types.js";

/** Names longer than this many letters are not compared further: nobody types that far off. */
const MAX_NAME_DISTANCE = 6;

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
  const allowed = typosAllowed(typedName);
  const inReach = people
    .map((person) => ({ person, distance: nameDistance(typedName, person) }))
    .filter(({ distance }) => distance <= allowed);
  const nearest = Math.min(...inReach.map(({ distance }) => distance));
  return inReach.filter(({ distance }) => distance === nearest).map(({ person }) => person);
}
