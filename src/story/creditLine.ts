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
// "Andrew Kramer reported from Kyiv, Ukraine, and Marc Santora from London."
const REPORTED_FROM = /^(?<who>.+?)\s+reported\s+(?<from>from\s+\p{Lu}.*?)\.?$/u;
// One part of a Reuters-style credit: "Reporting by", "Additional reporting by", "With reporting
// by", "Writing by", "Reporting was contributed by", Bloomberg's "With assistance from"; and the
// editors' "Editing by", "Edited by".
const ROLE = String.raw`(?:with\s+)?(?:additional\s+)?(?:reporting|writing|written|reported|assistance|editing|edited)\s+(?:was\s+contributed\s+)?(?:by|from)\s`;
const ROLE_PART = new RegExp(String.raw`^(?<role>${ROLE})\s*(?<who>.+?)\.?$`, "i");
// Parts are split at a semicolon, or at a comma or stop that a role follows: "Reporting by Ana
// Ruiz, editing by Tom Hale", "Reporting by Ana Ruiz. Editing by Tom Hale".
const ROLE_SEPARATOR = new RegExp(String.raw`\s*;\s*|[,.]\s+(?=${ROLE})`, "i");
const EDITING = /^(?:with\s+)?(?:additional\s+)?edit/i;
// "Fox News' Ben Evansky", "CNN's Jane Doe": the outlet that employs the contributor.
const POSSESSIVE_OUTLET = /^(?<outlet>\p{Lu}[^,]*?)(?:'s|’s|'|’)\s+(?<name>\p{Lu}.*)$/u;
// "Associated Press writers Ken Mori", "AP Sports Writer Hannah Delacourt": an agency credited
// through its staff, the job (with its beat) no part of the name.
const STAFF_OF =
  /^(?<org>(?:The\s+)?\p{Lu}[\p{L}.&' -]*?)\s+(?:[Ss]taff\s+|(?:Sports|Business|Political|Science|Medical|Health|Technology|Entertainment|Senior|Chief|National|Investigative|Legal|Economics)\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)\s+(?<name>\p{Lu}.*)$/u;

/**
 * Reads a closing credit line such as "Fox News' Ben Evansky, Caitlin McFall and The Associated
 * Press contributed to this report.", "Reporting by Ana Ruiz in Ridgeline; Writing by Li Wei;
 * Editing by Tom Hale" (also in brackets, or after a dash: "— With reporting by Li Wei") or
 * "Andrew Kramer reported from Kyiv.". Returns null when the text is not a credit line. The
 * contributors are the reporters and writers: editors are not ("by" names who reported the
 * story), and neither are the places people reported from ("in Findlay, Ohio", "at Marlow Road").
 *
 * @example parseCreditLine("Fox News' Ben Evansky and The Associated Press contributed to this report.")
 * // → { outlet: "Fox News", contributors: ["Ben Evansky", "The Associated Press"] }
 * @example parseCreditLine("Reporting by Eleanor Hart at Marlow Road; editing by Neil Adebayo")
 * // → { contributors: ["Eleanor Hart"] }
 */
export function parseCreditLine(text: string): Credit | null {
  if (text.length > MAX_CREDIT_LENGTH) return null;
  // Reuters prints it in brackets: "(Reporting by Hana Okonkwo; Editing by Martin Feld)".
  // Bloomberg sets it off with a dash: "— With assistance from Li Wei".
  const line = text
    .trim()
    .replace(/^\((.*)\)$/s, "$1")
    .replace(/^(?:[—–]|-{1,2})\s*/, "")
    .trim();
  const lists = writerLists(line);
  if (!lists) return null;

  let outlet: string | undefined;
  let staffOf: string | undefined;
  const contributors: string[] = [];
  for (const item of lists.flatMap(creditNames)) {
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

/**
 * The lists of people a credit line names as its writers and reporters, one per part ("Reporting
 * by A in Kyiv and B; Writing by C; Editing by D" → ["A in Kyiv and B", "C"]), or null when the
 * line is not a credit.
 */
function writerLists(line: string): string[] | null {
  const parts = line.split(ROLE_SEPARATOR);
  if (ROLE_PART.test(parts[0] ?? "")) {
    // A part that names no role ("Photos: Jan Ek") is left out, as the editors are.
    return parts.flatMap((part) => {
      const groups = ROLE_PART.exec(part)?.groups;
      return groups?.role && groups.who && !EDITING.test(groups.role) ? [groups.who] : [];
    });
  }
  const contributed = CONTRIBUTED.exec(line)?.groups?.who;
  if (contributed) return [contributed];
  const reported = REPORTED_FROM.exec(line)?.groups;
  if (!reported?.who || !reported.from) return null;
  const list = `${reported.who} ${reported.from}`;
  // "Officials reported from Kyiv." is news; a reporter is named with a first name and a surname.
  return creditNames(list).every((name) => /\s/.test(name)) ? [list] : null;
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
