import { ALIAS_PREFIX, baseTerms } from "./analyzer.js";

/** Words and phrases that name the same thing, resolved to one index term per group. */
export interface AliasTable {
  /** Single-term member → its group's term. */
  readonly wordGroups: ReadonlyMap<string, string>;
  /**
   * Country codes → group term, applied only to words written as acronyms ("U.S.", "US", "UK"):
   * lower-case "us", "in" and "it" are ordinary words.
   */
  readonly acronyms: ReadonlyMap<string, string>;
  /** First term of a multi-term member → the members starting with it. */
  readonly phrases: ReadonlyMap<string, readonly AliasPhrase[]>;
}

export interface AliasPhrase {
  readonly terms: readonly string[];
  readonly group: string;
}

export const EMPTY_ALIAS_TABLE: AliasTable = {
  wordGroups: new Map(),
  acronyms: new Map(),
  phrases: new Map(),
};

export interface AliasGroup {
  /** How the group's members are written, e.g. ["UAVs", "unmanned aerial vehicles", "drones"]. */
  readonly members: readonly string[];
  /** Codes that stand for the group when written as acronyms (["US"] for the United States). */
  readonly codes?: readonly string[];
}

/**
 * Builds the alias table from groups of names; groups that share a member merge ("Iran" in the
 * places list and in a story's own definition become one group).
 */
export function buildAliasTable(groups: readonly AliasGroup[]): AliasTable {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key);
    if (up === undefined || up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => {
    // The alphabetically first member is the root, so group terms do not depend on input order.
    const [root, child] = [find(a), find(b)].sort();
    if (root !== undefined && child !== undefined && root !== child) parent.set(child, root);
  };

  const memberKeys = groups.map((group) => [
    ...new Set(
      group.members.map((member) => baseTerms(member).join(" ")).filter((key) => key.length > 0),
    ),
  ]);
  for (const keys of memberKeys) for (const key of keys) union(keys[0] ?? key, key);

  const groupTerm = (key: string) => `${ALIAS_PREFIX}${find(key).replaceAll(" ", "_")}`;
  const wordGroups = new Map<string, string>();
  const phrases = new Map<string, AliasPhrase[]>();
  const acronyms = new Map<string, string>();
  memberKeys.forEach((keys, index) => {
    for (const key of keys) {
      const terms = key.split(" ");
      const first = terms[0] ?? key;
      const group = groupTerm(key);
      if (terms.length === 1) wordGroups.set(key, group);
      else if (!phrases.get(first)?.some((phrase) => phrase.terms.join(" ") === key)) {
        phrases.set(first, [...(phrases.get(first) ?? []), { terms, group }]);
      }
    }
    const first = keys[0];
    if (first === undefined) return;
    for (const code of groups[index]?.codes ?? [])
      acronyms.set(code.toLowerCase(), groupTerm(first));
  });
  return { wordGroups, acronyms, phrases };
}
