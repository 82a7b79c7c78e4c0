import type { Credit } from "./creditLine.js";
import { splitNameList } from "./nameList.js";

const MAX_BYLINE_WORDS = 14;
/** A person's name as a byline prints it: two to four capitalised words ("Jane Doe", "Ana de la Cruz"). */
const PERSON =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|der|van|von|la|le|al|bin|ibn)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** An outlet after the names: capitalised words ("Associated Press", "The New York Times", "CNN"). */
const OUTLET = /^(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}$/u;

/**
 * Reads a byline printed above a story: "By Jane Doe", "By Jane Doe and Ken Mori, Associated
 * Press", or without "By" when an outlet follows the names ("Jane Doe, Associated Press"). Returns
 * null when the line is not one (a headline such as "Putin, Erdogan meet in Tehran" is not: its
 * names are not two-word names, and it goes on after them).
 *
 * @example parseBylineLine("By Jane Doe, Associated Press")
 * // → { outlet: "Associated Press", contributors: ["Jane Doe"] }
 */
export function parseBylineLine(text: string): Credit | null {
  const line = text.trim();
  if (line.split(/\s+/).length > MAX_BYLINE_WORDS || /[.!?:;"“”]$/u.test(line)) return null;
  const withBy = /^by\s+/i.exec(line);
  const rest = withBy ? line.slice(withBy[0].length) : line;
  const lastComma = rest.lastIndexOf(",");
  const outletPart = lastComma >= 0 ? rest.slice(lastComma + 1).trim() : "";
  const hasOutlet = outletPart !== "" && OUTLET.test(outletPart) && !isAnotherName(outletPart);
  if (!withBy && !hasOutlet) return null;
  // "By Jane Doe, Staff Writer": the job is no contributor.
  const names = splitNameList(hasOutlet ? rest.slice(0, lastComma) : rest).filter(
    (name) => !JOB_TITLE.test(name),
  );
  if (names.length === 0 || !names.every((name) => PERSON.test(name))) return null;
  return { contributors: names, ...(hasOutlet ? { outlet: outletPart } : {}) };
}

/**
 * Words that make two capitalised words an outlet ("Associated Press", "Fenwick Star") rather
 * than a person: the kinds of publication and the words newspapers are named with. Words that
 * are also common surnames ("Sun", "Echo", "Banner") are left out.
 */
const OUTLET_WORD =
  /\b(?:Press|News|Times|Post|Journal|Herald|Tribune|Reuters|Agency|Service|Wire|Network|Media|Radio|Television|Gazette|Guardian|Telegraph|Globe|Courier|Chronicle|Daily|Weekly|Magazine|Bloomberg|Star|Mail|Mirror|Express|Standard|Independent|Observer|Ledger|Record|Register|Review|Sentinel|Bulletin|Dispatch|Examiner|Inquirer|Enquirer|Argus|Advertiser|Monitor|Statesman)\b/u;

/** A job printed in a byline beside the names. */
const JOB_TITLE =
  /\b(?:Writer|Reporter|Correspondent|Editor|Staff|Columnist|Contributor|Critic|Analyst|Bureau|Chief)s?\b/iu;

/**
 * "By Jane Doe, Ken Mori": a last item that is one more name, not an outlet. A name that opens on
 * "The" ("The Fenwick Star", "The Atlantic") is a publication's, never a person's.
 */
function isAnotherName(part: string): boolean {
  return PERSON.test(part) && !OUTLET_WORD.test(part) && !/^The\s/u.test(part);
}
