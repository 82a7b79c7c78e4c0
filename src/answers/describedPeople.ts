import { LEXICON } from "../text/lexicon.js";

/**
 * Whether a "person" the story's reading found is a description of people rather than a name:
 * "Marine safety experts" (capitalised only where it opens its sentence: every word after the
 * first is in lower case), or one plural English word ("Residents", "Officials"). Such speakers
 * are quoted, but they are no names to suggest or to list as the story's people.
 *
 * @example isDescription("Residents") // → true
 * @example isDescription("Ana de la Cruz") // → false
 */
export function isDescription(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const [first, ...rest] = words;
  if (!first) return false;
  if (rest.length > 0) return rest.every((word) => !/\p{Lu}/u.test(word));
  const known = LEXICON[first.toLowerCase()];
  return [known].flat().includes("Plural");
}
