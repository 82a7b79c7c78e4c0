import nlp from "compromise";

export type Gender = "female" | "male";

const FEMALE_ROLE =
  /\b(?:mother|daughter|wife|sister|grandmother|granddaughter|widow|aunt|niece|girlfriend|mrs|ms|miss|queen|princess|actress|chairwoman|spokeswoman|congresswoman|councilwoman|businesswoman|policewoman)\b\.?/i;
const MALE_ROLE =
  /\b(?:father|son|husband|brother|grandfather|grandson|widower|uncle|nephew|boyfriend|mr|king|prince|chairman|spokesman|congressman|councilman|businessman|policeman)\b\.?/i;

const known = new Map<string, Gender | undefined>();

/**
 * What the story tells of someone's gender, when it does: their role ("her son", "spokeswoman",
 * "Mrs.") or a first name the tagger knows ("Margaret", "Tom"). Unknown names tell nothing.
 */
export function genderOf(name: string, role?: string): Gender | undefined {
  if (role && FEMALE_ROLE.test(role) && !MALE_ROLE.test(role)) return "female";
  if (role && MALE_ROLE.test(role) && !FEMALE_ROLE.test(role)) return "male";
  const first = name.split(/\s+/)[0] ?? "";
  if (!known.has(first)) {
    const tags = nlp(first).json()[0]?.terms?.[0]?.tags ?? [];
    known.set(
      first,
      tags.includes("FemaleName") ? "female" : tags.includes("MaleName") ? "male" : undefined,
    );
  }
  return known.get(first);
}

/** Whether "he" or "she" can stand for someone; any other pronoun, or an unknown gender, can. */
export function pronounFits(pronoun: string, name: string, role?: string): boolean {
  const wanted = pronoun === "she" ? "female" : pronoun === "he" ? "male" : undefined;
  if (!wanted) return true;
  const gender = genderOf(name, role);
  return gender === undefined || gender === wanted;
}
