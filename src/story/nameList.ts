/**
 * Splits "A, B and C" (or "A, B, and C", "A & B") into names.
 *
 * @example splitNameList("Ben Evansky, Caitlin McFall and The Associated Press")
 * // → ["Ben Evansky", "Caitlin McFall", "The Associated Press"]
 */
export function splitNameList(list: string): string[] {
  return list
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
