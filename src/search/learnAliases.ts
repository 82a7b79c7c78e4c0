import type { Story } from "../story/types.js";
import type { AliasGroup } from "./aliasTable.js";
import { STOP_WORDS } from "./stopWords.js";

const MAX_MEMBER_WORDS = 5;
const PHRASE = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,4}`;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

// "UAVs are unmanned aerial vehicles, or drones."
const DEFINITION = new RegExp(
  String.raw`^(?:the\s+)?(?<a>${PHRASE})\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?<b>${PHRASE}),\s+or\s+(?<c>${PHRASE})\.$`,
  "iu",
);
// "Semiconductors, or chips, are…", "The CIP, or capital improvement plan, sets…"
const OR_APPOSITIVE = new RegExp(String.raw`^(?<a>${PHRASE}),\s+or\s+(?<b>${PHRASE}),\s`, "u");
// "The Kashan complex, known as the drone yard, …"
const KNOWN_AS = new RegExp(
  String.raw`^(?<a>${PHRASE}),\s+(?:also\s+)?known\s+as\s+(?<b>${PHRASE})[,.]`,
  "u",
);
// "the National Interagency Fire Center (NIFC)"
const PARENTHESISED_ACRONYM = /\((?<acronym>\p{Lu}{2,}s?)\)/gu;
/**
 * What a sentence needs for any of the forms to match, found far faster than the forms: at start
 * the forms ran over every sentence of the library, 0.8–1.2 s at 10,000 stories (2026-12-07).
 */
const MAY_DEFINE = /,\s+or\s|known\s+as\s|\(/i;

/**
 * Finds the aliases a story defines for itself: "X are Y, or Z.", "X, or Y, …", "X, known as Y"
 * and acronyms introduced in parentheses after their expansion. Only these definitional forms are
 * read, so a list such as "drone sales, or sanctions busting" is not taken for an alias.
 *
 * @example learnAliases(story) // story says "UAVs are unmanned aerial vehicles, or drones."
 * // → [{ members: ["UAVs", "unmanned aerial vehicles", "drones"] }]
 */
export function learnAliases(story: Story): AliasGroup[] {
  const groups: AliasGroup[] = [];
  for (const paragraph of story.body) {
    for (const { text } of paragraph.sentences) {
      if (!MAY_DEFINE.test(text)) continue;
      for (const pattern of [DEFINITION, OR_APPOSITIVE, KNOWN_AS]) {
        const found = pattern.exec(text)?.groups;
        if (!found) continue;
        const members = Object.values(found).map((member) =>
          member.replace(LEADING_ARTICLE, "").trim(),
        );
        if (members.every(isShortPhrase)) groups.push({ members });
      }
      for (const match of text.matchAll(PARENTHESISED_ACRONYM)) {
        const acronym = match.groups?.acronym ?? "";
        const expansion = expansionBefore(text.slice(0, match.index), acronym.replace(/s$/, ""));
        if (expansion) groups.push({ members: [acronym, expansion] });
      }
    }
  }
  return groups;
}

function isShortPhrase(member: string): boolean {
  const words = member.split(/\s+/).length;
  return member.length > 1 && words <= MAX_MEMBER_WORDS;
}

/** The words just before "(ACR)" whose initials spell ACR, skipping small words such as "of". */
function expansionBefore(before: string, acronym: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  const letters = acronym.toLowerCase();
  for (let count = 1; count <= Math.min(words.length, letters.length + 3); count++) {
    const candidate = words.slice(-count);
    const initials = candidate
      .filter((word) => !STOP_WORDS.has(word.toLowerCase()))
      .map((word) => word[0]?.toLowerCase())
      .join("");
    if (initials === letters && !STOP_WORDS.has(candidate[0]?.toLowerCase() ?? ""))
      return candidate.join(" ");
  }
  return null;
}
