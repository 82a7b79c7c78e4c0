// Generated from the world-countries dataset by scripts/build-places.ts.
import places from "../search/data/places.json" with { type: "json" };
import { NAME_PARTICLES } from "../text/nameParticles.js";

// "Carla Mendes in Findlay", "Eleanor Hart at Marlow Road", "Edith M. Lederer at the United
// Nations", "Marc Santora from London": a credited person and where they worked from.
const WITH_PLACE = /^(?<name>.+?)\s+(?:in|at|from)\s+(?<place>(?:the\s+)?\p{Lu}.*)$/u;
// Lower-case words inside place names: "Rio de Janeiro", "Bay of Plenty", "Stratford upon Avon".
const LOWER_CASE_PLACE_WORDS: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  "of",
  "the",
  "upon",
  "on",
  "sur",
  "am",
  "y",
  "el",
]);
// Regions of more than one word that follow a city after a comma ("Albany, New York"), so that
// they are told from a person's name; a one-word region ("Findlay, Ohio") needs no list.
const REGIONS: ReadonlySet<string> = new Set([
  ...places.flatMap((place) => place.names),
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "New York",
  "North Carolina",
  "North Dakota",
  "South Carolina",
  "South Dakota",
  "Rhode Island",
  "West Virginia",
  "District of Columbia",
  "British Columbia",
  "New Brunswick",
  "Nova Scotia",
  "Northern Ireland",
  "New South Wales",
  "Western Australia",
  "South Australia",
]);

/**
 * The names in a credit's list of people, without the places they reported from. A place after
 * "in", "at" or "from" runs on through its region after a comma ("in Findlay, Ohio,"), which is
 * no one's name; a list of people ("A, B and C") keeps every name.
 *
 * @example creditNames("Carla Mendes in Findlay, Ohio, and Jim Heintz in Tallinn, Estonia")
 * // → ["Carla Mendes", "Jim Heintz"]
 * @example creditNames("Ben Evansky, Caitlin McFall and The Associated Press")
 * // → ["Ben Evansky", "Caitlin McFall", "The Associated Press"]
 */
export function creditNames(list: string): string[] {
  const names: string[] = [];
  // The place (or its region) the previous item ended with, while more of it may follow.
  let place: string | undefined;
  for (const { item, afterAnd } of listItems(list)) {
    const withPlace = WITH_PLACE.exec(item)?.groups;
    const itemPlace = withPlace?.place && isPlace(withPlace.place) ? withPlace.place : undefined;
    if (place !== undefined && itemPlace === undefined && continuesPlace(place, item, afterAnd)) {
      place = afterAnd ? `${place} and ${item}` : item;
      continue;
    }
    names.push(itemPlace !== undefined && withPlace?.name ? withPlace.name : item);
    place = itemPlace;
  }
  return names;
}

/** "A, B and C" (or "A, B, and C", "A & B") with, for each item, whether "and" brought it. */
function listItems(list: string): { item: string; afterAnd: boolean }[] {
  const parts = list.split(/(\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)/);
  const items: { item: string; afterAnd: boolean }[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const item = parts[index]?.trim() ?? "";
    const separator = parts[index - 1] ?? "";
    if (item) items.push({ item, afterAnd: /\b(?:and)\b|&/.test(separator) });
  }
  return items;
}

function isPlace(text: string): boolean {
  const words = text.split(/\s+/);
  return words.every((word) => /^\p{Lu}/u.test(word) || LOWER_CASE_PLACE_WORDS.has(word));
}

/**
 * Whether an item after a place is more of that place: its region after a comma ("Findlay, Ohio",
 * "Albany, New York", "Washington, D.C."), or the rest of a region named with "and" ("Bosnia and
 * Herzegovina"). A list goes on to a person with "and" ("…, Ohio, and Jim Heintz").
 */
function continuesPlace(place: string, item: string, afterAnd: boolean): boolean {
  if (afterAnd) return REGIONS.has(`${place} and ${item}`);
  if (!isPlace(item)) return false;
  return !/\s/.test(item) || REGIONS.has(item.replace(/^the\s+/i, ""));
}
