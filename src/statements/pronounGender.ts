import nlp from "compromise";

export type Gender = "female" | "male";

// Relations and job words, lower-case as roles print them: "her son", "spokeswoman". Capitalised
// words are left alone ("King County Prosecutor", "Queen's University").
const FEMALE_ROLE =
  /\b(?:mother|daughter|wife|sister|grandmother|granddaughter|widow|aunt|niece|girlfriend|actress|chairwoman|spokeswoman|congresswoman|councilwoman|businesswoman|policewoman)\b/;
const MALE_ROLE =
  /\b(?:father|son|husband|brother|grandfather|grandson|widower|uncle|nephew|boyfriend|chairman|spokesman|congressman|councilman|businessman|policeman)\b/;

const byFirstName = new Map<string, Gender | undefined>();

/**
 * What the story tells of someone's gender, when it does: their role ("her son", "spokeswoman",
 * but not "Mr. Smith's lawyer") or a first name the tagger knows ("Margaret", "Tom"). A guess, so
 * pronoun resolution only prefers people it fits and never drops a statement for it.
 */
export function genderOf(name: string, role?: string): Gender | undefined {
  const ownRole = role?.replace(/^.*['’]s\s+/, "") ?? "";
  const female = FEMALE_ROLE.test(ownRole);
  const male = MALE_ROLE.test(ownRole);
  if (female !== male) return female ? "female" : "male";
  const first = name.split(/\s+/)[0] ?? "";
  if (!byFirstName.has(first)) {
    const tags = nlp(first).json()[0]?.terms?.[0]?.tags ?? [];
    byFirstName.set(
      first,
      tags.includes("FemaleName") ? "female" : tags.includes("MaleName") ? "male" : undefined,
    );
  }
  return byFirstName.get(first);
}

/** Whether "he" or "she" can stand for someone; any other pronoun, or an unknown gender, can. */
export function pronounFits(pronoun: string, name: string, role?: string): boolean {
  const wanted = pronoun === "she" ? "female" : pronoun === "he" ? "male" : undefined;
  if (!wanted) return true;
  const gender = genderOf(name, role);
  return gender === undefined || gender === wanted;
}
