import nlp from "compromise";
import { STOP_WORDS } from "../search/stopWords.js";
import type { Story } from "../story/types.js";
import { capitalised } from "../text/capitalised.js";
import { findDateline } from "../text/dateline.js";
import { printsWords } from "../text/printsWords.js";
import { escapeRegExp } from "../text/regExp.js";
import type { FoundStatement } from "./extractStatements.js";
import {
  COURTESY_TITLE,
  cardRole,
  HONORIFIC,
  rankedRole,
  rankOf,
  surnameOf,
  TITLE_ABBREVIATIONS,
} from "./personNames.js";
import {
  CALENDAR_WORDS,
  isOrganisationName,
  ORGANISATION_WORDS,
  parseSpeakerPhrase,
  TITLE_WORDS,
} from "./speakerPhrase.js";
import type { Person } from "./types.js";

/**
 * Where people are found: the rules that read attributions ("Kremlin spokesman Dmitry Peskov
 * said") and compromise's part-of-speech tagger over the whole text. Both by default; the
 * evaluation measures each alone.
 */
export interface PeopleSources {
  readonly attributions: boolean;
  readonly tagger: boolean;
}

const BOTH_SOURCES: PeopleSources = { attributions: true, tagger: true };

interface PersonDraft {
  name: string;
  role?: string;
  paragraphs: Set<number>;
  /** Names the story says they go by ("everyone calls her Peg"). */
  nicknames: Set<string>;
}

const MAX_ROLE_WORDS = 10;
/** A stop ends the words before a name, unless it ends a title ("Gov. Harlan Whitcombe"). */
const WORDS_BEFORE_A_NAME = new RegExp(
  String.raw`(?<=(?<!\b(?:${TITLE_ABBREVIATIONS.join("|")}|\p{Lu}))[.;:"“”()])|,\s|\s[—–-]\s`,
  "u",
);
/**
 * A description set off before a name, opening its sentence or clause: "The driver of the truck,",
 * "A pedestrian,", "her daughter,", "a son,", "The cyclist, identified as", "a dairy farmer
 * named". Ends right before the name.
 */
const DESCRIPTION_BEFORE =
  /(?:^|[.;:]\s+|,\s+(?:and\s+)?|\bby\s+)(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?<role>\p{L}[\p{L}\s'’-]{2,50}?)(?:,\s+(?:(?:identified|named)\s+as\s+)?|\s+(?:named|called))\s*$/u;
/**
 * The words before a name that make it part of an institution's name: an institution's word, "of"
 * and capitalised words ("University of Wisconsin-", "Bank of "), with no title among them
 * ("Department of Homeland Security Secretary Alejandro Mayorkas" names him).
 */
const INSIDE_AN_INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${capitalisedForms(ORGANISATION_WORDS)})\s+(?:of|for|de|del|di|du|des|della)\s+(?:(?:the|la|el|le|los|las)\s+)?(?:(?!(?:${capitalisedForms(TITLE_WORDS)})\b)\p{Lu}[\p{L}.]*(?:\s+|-))*$`,
  "u",
);
const PLACE_OR_ORGANISATION = new Set(["Place", "Country", "City", "Organization", "Region"]);

/**
 * The one person, named in full earlier, whose first name a lone name is ("Jonah" after "Jonah
 * Pettersen"); none when two share it.
 */
export function onlyOneFirstNamed<T extends { name: string }>(people: readonly T[], name: string) {
  const named = people.filter((person) => {
    const words = person.name.split(" ");
    return words.length > 1 && words[0] === name;
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The people a story names, each once, however often and however it names them: full name from
 * its first full mention, role from the words before the name ("Kremlin spokesman Dmitry Peskov")
 * or an appositive ("Priya Raman, a semiconductor analyst at …"), aliases (surname, title +
 * surname) and the paragraphs that mention them. People who share a surname stay apart.
 */
export function findPeople(
  story: Story,
  statements: readonly FoundStatement[],
  sources: PeopleSources = BOTH_SOURCES,
): Person[] {
  const drafts: PersonDraft[] = [];
  let lastNamed: PersonDraft | undefined;
  const add = (name: string, printedRole: string | undefined, paragraph: number) => {
    let role = cardRole(printedRole);
    const words = name.split(/\s+/).filter((word) => !HONORIFIC.test(word));
    if (words.length === 0 || words.every((word) => TITLE_WORDS.has(word.toLowerCase()))) return;
    const clean = words.join(" ");
    // "Mr.", "Dr." are no roles; a rank such as "Gov." or "Sgt." is.
    if (role?.split(/\s+/).every((word) => COURTESY_TITLE.test(word))) role = undefined;
    const surname = words.at(-1) ?? clean;
    const same =
      drafts.find((draft) => draft.name === clean || draft.nicknames.has(clean)) ??
      (words.length > 1
        ? drafts.find((draft) => draft.name === surname)
        : (drafts.findLast((draft) => draft.name.split(" ").at(-1) === surname) ??
          onlyOneFirstNamed(drafts, clean)));
    const draft: PersonDraft = same ?? { name: clean, paragraphs: new Set(), nicknames: new Set() };
    if (!same) drafts.push(draft);
    if (words.length > draft.name.split(" ").length) draft.name = clean;
    draft.role = mergedRole(draft.role, role);
    draft.paragraphs.add(paragraph);
    lastNamed = draft;
  };

  for (const paragraph of story.body) {
    for (const { phrase, paragraph: at } of sources.attributions ? statements : []) {
      if (at === paragraph.number && phrase.kind === "person") add(phrase.name, phrase.role, at);
    }
    if (!sources.tagger) continue;
    // "MADISON, Wis. —": a dateline names the place the story was filed from, never a person.
    const dateline = paragraph.number === 1 ? (findDateline(paragraph.text)?.length ?? 0) : 0;
    for (const mention of nameMentions(paragraph.text, dateline)) {
      // "Dunleavy — everyone on both banks calls her Peg —": another name of the person named
      // last, not someone else.
      const known = drafts.some((draft) => draft.name === mention.name);
      if (mention.nickname && lastNamed && !known && !mention.name.includes(" ")) {
        lastNamed.nicknames.add(mention.name);
        lastNamed.paragraphs.add(paragraph.number);
      } else add(mention.name, mention.role, paragraph.number);
    }
  }
  for (const draft of drafts) completeName(draft, story, drafts);
  // "Vantor said" after "Vantor Lift Systems (NYSE: VNTR)": a company by its first word, no person.
  const people = drafts.filter(
    (draft) => draft.name.includes(" ") || !namesAnOrganisation(draft.name, story),
  );
  // The paragraphs that print a person's name count too, however the tagger read them there
  // ("Khamenei, Putin, and Erdogan together"); a surname two people share says neither.
  const surnames = people.map((draft) => surnameOf(draft.name));
  for (const draft of people) {
    const surname = surnameOf(draft.name);
    // A bare surname counts once the story has named the person, and never when it is a month
    // or a day ("Theresa May … finish in May").
    const bareSurname =
      surnames.filter((other) => other === surname).length === 1 &&
      !CALENDAR_WORDS.has(surname.toLowerCase());
    const firstNamed = Math.min(...draft.paragraphs);
    for (const paragraph of story.body) {
      const names = [
        draft.name,
        ...(bareSurname && paragraph.number >= firstNamed ? [surname] : []),
        ...draft.nicknames,
      ];
      if (names.some((name) => printsWords(paragraph.text, name)))
        draft.paragraphs.add(paragraph.number);
    }
  }
  return people.map((draft) => ({
    name: draft.name,
    ...(draft.role ? { role: draft.role } : {}),
    aliases: aliasesOf(draft),
    paragraphs: [...draft.paragraphs].sort((a, b) => a - b),
  }));
}

/**
 * The role a person keeps when a second mention gives one: the first, with a rank one of them
 * printed before the name ("Sgt. Tomas Gutierrez", then "a detective with …") kept in front.
 */
function mergedRole(known: string | undefined, more: string | undefined): string | undefined {
  if (!known || !more) return known ?? more;
  const knownRank = rankOf(known.split(/\s+/));
  const moreRank = rankOf(more.split(/\s+/));
  if (knownRank && !moreRank) return rankedRole(knownRank, more);
  if (moreRank && !knownRank) return rankedRole(moreRank, known);
  return known;
}

/**
 * A person known only by a surname ("Asante-Boateng said") whose first name the story printed
 * before it ("Kofi Asante-Boateng scored twice") takes the full name.
 */
function completeName(draft: PersonDraft, story: Story, drafts: readonly PersonDraft[]): void {
  if (draft.name.includes(" ")) return;
  const before = new RegExp(
    `(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(draft.name)}(?![\\p{L}'’-])`,
    "u",
  );
  for (const paragraph of story.body) {
    const first = before.exec(paragraph.text)?.[1];
    if (!first) continue;
    const word = first.toLowerCase();
    if (STOP_WORDS.has(word) || TITLE_WORDS.has(word) || CALENDAR_WORDS.has(word)) return;
    const full = `${first} ${draft.name}`;
    if (!drafts.some((other) => other.name === full)) {
      draft.name = full;
      draft.paragraphs.add(paragraph.number);
    }
    return;
  }
}

/** The words, as capitalised in a name ("University"), for a regular expression. */
export function capitalisedForms(words: Iterable<string>): string {
  return [...words]
    .filter((word) => /^\p{L}+$/u.test(word))
    .map(capitalised)
    .join("|");
}

/** Whether the story prints the word as the start of an organisation's name ("Vantor Lift Systems"). */
function namesAnOrganisation(word: string, story: Story): boolean {
  const longer = new RegExp(
    `(?<![\\p{L}'’-])${escapeRegExp(word)}((?:\\s+\\p{Lu}[\\p{L}&.'’-]*){1,4})`,
    "gu",
  );
  return story.body.some((paragraph) =>
    [...paragraph.text.matchAll(longer)].some((found) => isOrganisationName(found[1] ?? "")),
  );
}

/** News paragraphs run to a few hundred characters; the longest in the fixtures is under 1,500. */
const MAX_TAGGED_PARAGRAPH = 10_000;

/**
 * Person names compromise finds in a paragraph (from `from` on), each with the role words just
 * before it.
 */
function nameMentions(text: string, from = 0): NameMention[] {
  const mentions: NameMention[] = [];
  // The tagger's time grows faster than the text: a "paragraph" this long is no news copy (a file
  // with no line breaks, say), and its names are left to the attribution rules.
  if (text.length > MAX_TAGGED_PARAGRAPH) return mentions;
  for (const sentence of nlp(text).json({ offset: true }) as CompromiseSentence[]) {
    const terms = sentence.terms;
    const hasTag = (k: number, tag: string) => Boolean(terms[k]?.tags.includes(tag));
    // compromise tags most names Person; a proper noun right after an honorific ("President Biden") is one too.
    const isPerson = (k: number) => hasTag(k, "Person");
    const isProperNoun = (k: number) => hasTag(k, "ProperNoun");
    const isBareProperNoun = (k: number) =>
      isProperNoun(k) && !terms[k]?.tags.some((tag) => PLACE_OR_ORGANISATION.has(tag));
    // "Khamenei, Putin, and Erdogan": a proper noun listed with people is a person too.
    const listedWithPeople = (k: number) =>
      (isPerson(k + 1) && /^,?\s*(?:and\s+)?$/.test(terms[k]?.post ?? "")) ||
      (isPerson(k - 1) && /^,\s*$/.test(terms[k - 1]?.post ?? ""));
    // "midfielder Tariq Osei": a first and last name right after a role word name someone; one
    // word alone may be an adjective ("an official Russian delegation").
    // After a role word, a proper noun the tagger calls a place is still a name ("defense attorney
    // Lydia Marsh").
    const afterRoleWord = (k: number) => {
      // Or a noun compromise's lexicon knows names a person by what they do ("boss", "councillor"):
      // one of them, since "league leaders Port Alder City" names a team.
      const isRoleWord = (j: number) =>
        TITLE_WORDS.has(terms[j]?.text.toLowerCase() ?? "") ||
        (hasTag(j, "Actor") && hasTag(j, "Singular") && !isProperNoun(j));
      let first = k;
      while (first > 0 && isProperNoun(first - 1) && !isRoleWord(first - 1)) first--;
      let last = k;
      while (isProperNoun(last + 1)) last++;
      return last > first && isRoleWord(first - 1);
    };
    // "Jessica Pruitt's 3-year-old son": a surname the tagger reads only as a proper noun.
    const afterFirstName = (k: number) =>
      hasTag(k - 1, "FirstName") && /^\s+$/.test(terms[k - 1]?.post ?? "");
    const isName = (k: number) =>
      isPerson(k) ||
      (isBareProperNoun(k) &&
        (hasTag(k - 1, "Honorific") || listedWithPeople(k) || afterFirstName(k))) ||
      (isProperNoun(k) && afterRoleWord(k));
    // A name runs from term i to term j; the next is looked for after it.
    for (let i = 0, j = 0; i < terms.length; i = j + 1) {
      j = i;
      if (!isName(i)) continue;
      // Words of one name are side by side, or joined by a hyphen ("Okonkwo-Lind").
      while (j + 1 < terms.length && isName(j + 1) && /^(?:\s*|-)$/.test(terms[j]?.post ?? "")) j++;
      const start = terms[i]?.offset.start ?? 0;
      const last = terms[j];
      const end = (last?.offset.start ?? 0) + (last?.offset.length ?? 0);
      if (start < from) continue;
      const before =
        text
          .slice(Math.max(0, start - 120), start)
          .split(WORDS_BEFORE_A_NAME)
          .at(-1) ?? "";
      // No space is added where the text has none: "then-Governor Alan Petrakis".
      const gap = /\s$/.test(before) ? " " : "";
      const phrase = parseSpeakerPhrase(
        `${before.trimEnd().split(/\s+/).slice(-MAX_ROLE_WORDS).join(" ")}${gap}${text.slice(start, end)}`.trim(),
      );
      const name = text.slice(start, end).replace(/['’]s$/, "");
      // "Reuters", "Legacy Emanuel Medical Center", "the Major Crash Team", "St. Anne's Children's
      // Hospital", "the University of Wisconsin-Madison": not people, but institutions' names.
      const nextWords = /^(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/u.exec(text.slice(end))?.[0] ?? "";
      if (
        isOrganisationName(name) ||
        isOrganisationName(nextWords) ||
        INSIDE_AN_INSTITUTION.test(text.slice(0, start))
      )
        continue;
      if (NICKNAME_GIVEN.test(text.slice(0, start))) {
        mentions.push({ name, nickname: true });
        continue;
      }
      // "Søren Halvorsen, a 42-year-old schoolteacher, was stopped": a role after the name.
      const appositive =
        ROLE_AFTER_NAME.exec(text.slice(end))?.groups?.role ??
        // "The driver of the truck, Dale Whitcomb, 47,", "a son, Pieter Meijer;": a role before.
        DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.groups?.role;
      if (phrase?.kind === "person" && phrase.name.endsWith(name.split(" ").at(-1) ?? name)) {
        // "in the death of Raymond Okoro": the rules take "of Raymond" for an organisation's
        // name; the tagger knows Raymond is a first name, and the words before are then no role.
        const firstNames = name.slice(0, Math.max(0, name.length - phrase.name.length)).trim();
        const splitName =
          firstNames !== "" &&
          name.endsWith(` ${phrase.name}`) &&
          hasTag(i, "FirstName") &&
          phrase.role?.endsWith(firstNames);
        const printedRole = splitName
          ? phrase.role?.slice(0, -firstNames.length).trimEnd()
          : phrase.role;
        // "she saw Marcus Delaney", "he will miss Peg": a verb right before a name ends a clause.
        const afterVerb =
          hasTag(i - 1, "Verb") && !TITLE_WORDS.has(terms[i - 1]?.text.toLowerCase() ?? "");
        const role = [afterVerb ? undefined : withoutRelation(printedRole), appositive].find(
          (words) => words && isRoleLike(words),
        );
        const found = splitName ? name : phrase.name;
        mentions.push(role ? { name: found, role } : { name: found });
      } else if (/^\p{Lu}/u.test(name))
        mentions.push(appositive && isRoleLike(appositive) ? { name, role: appositive } : { name });
    }
  }
  return mentions;
}

const ROLE_AFTER_NAME =
  /^,\s+(?:a|an|the|its|his|her|their)\s+(?<role>[^,;.()"“”]{3,80}?)(?:,|\.|\s+(?:who|which|whose)\s)/;

/** A name the tagger found, with the role printed around it. */
interface NameMention {
  readonly name: string;
  readonly role?: string;
  /** Given as what someone is called ("calls her Peg"), not as someone new. */
  readonly nickname?: boolean;
}

/**
 * The words that give a name someone goes by: "everyone calls her", "friends call him", "known to
 * all as", "nicknamed", "who goes by".
 */
const NICKNAME_GIVEN =
  /\b(?:calls?|called)\s+(?:her|him|them)\s+["“‘']?$|\b(?:known|nicknamed|dubbed)\s+(?:to\s+(?:\p{Ll}+\s+){1,4})?(?:as\s+)?["“‘']?$|\bgo(?:es)?\s+by\s+["“‘']?$/u;

/** "Her marriage to the photographer" → "photographer": the role is what follows the relation. */
function withoutRelation(role: string | undefined): string | undefined {
  return role
    ?.replace(/^(?:her|his|their|its)\s+\p{Ll}+\s+(?:to|with|of|for|by)\s+(?:the|a|an)\s+/iu, "")
    .replace(/^\p{Ll}+ing\s+/u, ""); // "defeating two-term Republican incumbent"
}

/**
 * Words before a name that the tagger offers as a role may be a clause instead ("what is likely
 * bringing Khamenei"): a role names what someone is, so it has no form of "be" and does not end
 * on an -ing verb.
 */
function isRoleLike(words: string): boolean {
  return (
    !/\b(?:is|are|was|were|be|been|being)\b/i.test(words) &&
    !/\p{Ll}{2,}ing$/u.test(words) &&
    // "District Judge Eleanor Vasquez-Ruiz imposed the sentence on": a verb and its object.
    !/\b\p{Ll}+ed\s+(?:the|a|an|his|her|their|its|on|to)\b/u.test(words) &&
    !/\b(?:once|had|has|have)\s+\p{Ll}+ed$/u.test(words) && // "had once handed Harlan"
    !/\b(?:not|never|why|whether)\b/i.test(words) // "did not explain why Harlan"
  );
}

function aliasesOf(draft: PersonDraft): string[] {
  const surname = surnameOf(draft.name);
  const aliases = new Set([draft.name, surname, ...draft.nicknames]);
  const title = draft.role?.split(/\s+/).at(-1);
  // "Chief Alvarez", "Minister Amirabdollahian": a capitalised title is used before the surname.
  if (title && /^\p{Lu}/u.test(title) && TITLE_WORDS.has(title.toLowerCase()))
    aliases.add(`${title} ${surname}`);
  return [...aliases];
}

interface CompromiseSentence {
  terms: {
    text: string;
    post: string;
    tags: string[];
    offset: { start: number; length: number };
  }[];
}
