import { NAME_PARTICLES } from "../text/nameParticles.js";
import { creditNames } from "./creditNames.js";

/** What a closing credit line tells: who contributed, and the outlet when it names its own staff. */
export interface Credit {
  readonly outlet?: string;
  readonly contributors: readonly string[];
}

const MAX_CREDIT_LENGTH = 300;
const CONTRIBUTED =
  /^(?<who>.+?)\s+contributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?(?:\s+from\s+[^.]+)?\.?$/i;
const REPORTING_BY = /^(?:Additional\s+)?Reporting\s+by\s+(?<who>.+?)\.?$/i;
// "Fox News' Ben Evansky", "CNN's Jane Doe": the outlet that employs the contributor.
const POSSESSIVE_OUTLET = /^(?<outlet>\p{Lu}[^,]*?)(?:'s|’s|'|’)\s+(?<name>\p{Lu}.*)$/u;
// "Associated Press writers Ken Mori", "AP Sports Writer Hannah Delacourt": an agency credited
// through its staff, the job (with its beat) no part of the name.
const STAFF_OF =
  /^(?<org>(?:The\s+)?\p{Lu}[\p{L}.&' -]*?)\s+(?:[Ss]taff\s+|(?:Sports|Business|Political|Science|Medical|Health|Technology|Entertainment|Senior|Chief|National|Investigative|Legal|Economics)\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\s+(?<name>\p{Lu}.*)$/u;

/**
 * Reads a closing credit line such as "Fox News' Ben Evansky, Caitlin McFall and The Associated
 * Press contributed to this report." or "Reporting by Ana Ruiz in Ridgeline; Editing by Tom Hale".
 * Returns null when the text is not a credit line. Editors are not contributors, and neither are
 * the places people reported from ("in Findlay, Ohio", "at Marlow Road").
 *
 * @example parseCreditLine("Fox News' Ben Evansky and The Associated Press contributed to this report.")
 * // → { outlet: "Fox News", contributors: ["Ben Evansky", "The Associated Press"] }
 */
export function parseCreditLine(text: string): Credit | null {
  if (text.length > MAX_CREDIT_LENGTH) return null;
  // Reuters prints it in brackets: "(Reporting by Hana Okonkwo; Editing by Martin Feld)".
  const line = text
    .trim()
    .replace(/^\((.*)\)$/s, "$1")
    .trim();
  const reporters = REPORTING_BY.test(line)
    ? line
        .split(/\s*;\s*/)
        .filter((part) => /^(?:Additional\s+)?Reporting\s+by\s+/i.test(part))
        .map((part) => part.replace(/^(?:Additional\s+)?Reporting\s+by\s+/i, "").replace(/\.$/, ""))
        .join(", ")
    : CONTRIBUTED.exec(line)?.groups?.who;
  if (!reporters) return null;

  let outlet: string | undefined;
  let staffOf: string | undefined;
  const contributors: string[] = [];
  for (const item of creditNames(reporters)) {
    let name = item;
    const possessive = POSSESSIVE_OUTLET.exec(name)?.groups;
    if (possessive?.outlet && possessive.name) {
      outlet ??= possessive.outlet;
      name = possessive.name;
    }
    const staff = STAFF_OF.exec(name)?.groups;
    if (staff?.org && staff.name) {
      // "Staff writer Colin Marchetti": a job, not an organisation.
      if (!/^(?:Staff|Senior|Special|Contributing|Freelance)$/.test(staff.org)) staffOf = staff.org;
      name = staff.name;
    }
    if (!looksLikeAName(name)) return null;
    contributors.push(name);
  }
  if (staffOf && !contributors.includes(staffOf)) contributors.push(staffOf);
  return outlet ? { outlet, contributors } : { contributors };
}

// Lower-case words that names and outlets may contain ("Ana de la Cruz", "Bank of America").
const LOWER_CASE_NAME_WORDS = new Set([...NAME_PARTICLES, "of"]);

/** "Ben Evansky", "The Associated Press"; not "Hundreds of volunteers". */
function looksLikeAName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 6 || !/^\p{Lu}/u.test(name)) return false;
  const lower = words.filter((word) => !/^\p{Lu}/u.test(word));
  return lower.every((word) => LOWER_CASE_NAME_WORDS.has(word)) && lower.length < words.length / 2;
}
