import type { AliasGroup } from "./aliasTable.js";

/**
 * Job titles news writes both spelled out and abbreviated: a general list, so that "the CFO"
 * finds "Chief Financial Officer Deepak Raghunathan" and "chief executive" finds "CEO".
 */
const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  CEO: ["chief executive officer", "chief executive"],
  CFO: ["chief financial officer", "finance chief"],
  COO: ["chief operating officer"],
  CTO: ["chief technology officer"],
  CIO: ["chief information officer"],
  CMO: ["chief marketing officer"],
  VP: ["vice president"],
  GM: ["general manager"],
  DA: ["district attorney"],
  AG: ["attorney general"],
  MP: ["member of parliament"],
  "Gov.": ["governor"],
  "Sen.": ["senator"],
  "Rep.": ["representative"],
  "Sgt.": ["sergeant"],
  "Lt.": ["lieutenant"],
  "Capt.": ["captain"],
  "Det.": ["detective"],
  "Col.": ["colonel"],
  "Supt.": ["superintendent"],
};

/** Each title with its abbreviation, as alias groups for the index. */
export function titleAliasGroups(): AliasGroup[] {
  return Object.entries(TITLE_ABBREVIATIONS).map(([abbreviation, spelled]) => ({
    members: [abbreviation, ...spelled],
    codes: [abbreviation],
  }));
}

/**
 * A title as typed and in its other forms: "CFO" → ["CFO", "chief financial officer", "finance
 * chief"]; "chief executive" → ["chief executive", "CEO", "chief executive officer"].
 */
export function titleForms(title: string): string[] {
  const wanted = title.trim().toLowerCase();
  for (const [abbreviation, spelled] of Object.entries(TITLE_ABBREVIATIONS)) {
    const forms = [abbreviation, ...spelled];
    if (forms.some((form) => form.toLowerCase() === wanted)) {
      return [title.trim(), ...forms.filter((form) => form.toLowerCase() !== wanted)];
    }
  }
  return [title.trim()];
}
