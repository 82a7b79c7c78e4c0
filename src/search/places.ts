import type { AliasGroup } from "./aliasTable.js";
// Generated from the world-countries dataset by scripts/build-places.ts.
import places from "./data/places.json" with { type: "json" };

/** Every country's names and demonyms as alias groups: "Iran" = "Iranian", "U.S." = "American". */
export function placeAliasGroups(): AliasGroup[] {
  return places.map((place) => ({
    members: [...place.names, ...place.demonyms],
    codes: [place.code],
  }));
}
