/** Where a story was filed from, before its first words: "WASHINGTON (AP) — ". */
export interface Dateline {
  /** Its length, spaces after it included: the story's own words start there. */
  readonly length: number;
  /** The agency that filed it, when it says: "The Associated Press" for "(AP)". */
  readonly agency?: string;
}

// "WASHINGTON (AP) — ", "RIDGELINE, Colo. (Reuters) - ", "BRUSSELS, Oct 14 (Reuters) - ", "MINNEAPOLIS, Minnesota (CNN) -- ",
// "SEABRIGHT — ": a place in capitals, perhaps its state or country, perhaps an agency, a dash.
// A middle dot stands for an abbreviation's period in text masked for reading attributions. A
// hyphen joins words inside a place only before a capital ("WILKES-BARRE"), and is a dash only
// after a space or the agency's bracket, so "US-made" or "COVID-19" is never a dateline.
const PLACE = String.raw`\p{Lu}(?:[\p{Lu}'’.·]|-(?=\p{Lu}))*`;
const STATE = String.raw`\p{Lu}[\p{L}.·'’]*`;
// Reuters dates its datelines: "BRUSSELS, Oct 14 (Reuters) - ".
const DAY = String.raw`(?:\s+\d{1,2}(?:,\s*\d{4})?)?`;
const PLACE_DATELINE = new RegExp(
  String.raw`^\s*${PLACE}(?:\s+${PLACE})*(?:,\s*${STATE}(?:\s+${STATE}){0,2}${DAY})?\s*(?:\((?<agency>[^()]{1,40})\))?(?:\s*[—–]|\s+-{1,2}|(?<=\))-{1,2})\s*`,
  "u",
);
const AGENCIES = "AP|CNN|Reuters|AFP|UPI|Bloomberg";
// "(CNN) -- ", "(CNN)Three people…": an agency alone; "(The Harbor Star)Three people…": a
// publication's name run into the first word, as web pages print the credit.
const AGENCY_DATELINE = new RegExp(
  String.raw`^\s*\((?<agency>${AGENCIES}|(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*(?=\)\p{Lu}))\)\s*(?:(?:--|—|–|-)\s*)?`,
  "u",
);
// "Fenwick (CNN)Three people…", "Port Alder, Maine (CNN) -- ": a place in the usual case, but
// only before a news agency's name in brackets, so "Putin (AP photo) …" or a name is never taken.
const TITLED_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}`;
const TITLED_PLACE_DATELINE = new RegExp(
  String.raw`^\s*${TITLED_PLACE}(?:,\s*${TITLED_PLACE})?\s+\((?<agency>${AGENCIES})\)(?:\s*(?:--|—|–|-)\s*|(?=\p{Lu}))`,
  "u",
);

const AGENCY_NAMES: Readonly<Record<string, string>> = {
  AP: "The Associated Press",
  AFP: "Agence France-Presse",
};

/**
 * The dateline a lede opens with, if any. A place must be in capitals ("SEABRIGHT"), so an opening
 * such as "Putin — the leader…" is not taken for one, unless a news agency's name in brackets
 * follows it ("Fenwick (CNN)").
 *
 * @example findDateline("WASHINGTON (AP) — The United States…") // → { length: 18, agency: "The Associated Press" }
 */
export function findDateline(text: string): Dateline | undefined {
  const match =
    PLACE_DATELINE.exec(text) ?? AGENCY_DATELINE.exec(text) ?? TITLED_PLACE_DATELINE.exec(text);
  if (!match) return undefined;
  const place = /^\s*([\p{Lu}'’.·-]+)/u.exec(match[0])?.[1] ?? "";
  if (match.groups?.agency === undefined && place.replace(/[^\p{Lu}]/gu, "").length < 2)
    return undefined;
  const agency = match.groups?.agency?.trim();
  return {
    length: match[0].length,
    ...(agency ? { agency: agencyName(agency) } : {}),
  };
}

/** An agency's name in full as a story credits it: "AP" → "The Associated Press"; others as given. */
export function agencyName(name: string): string {
  return AGENCY_NAMES[name] ?? name;
}

/** The text from after its dateline. */
export function withoutDateline(text: string): string {
  return text.slice(findDateline(text)?.length ?? 0);
}
