import { placeAliasGroups } from "../search/places.js";
import { splitArticle } from "../text/article.js";
import { MONTHS, WEEKDAYS } from "../text/calendar.js";
import { isActorNoun } from "../text/lexicon.js";
import { withoutOpeningAdverb } from "../text/openingAdverb.js";
import { COURTESY_TITLE, HONORIFIC, rankedRole, rankOf } from "./personNames.js";
/** What an attribution phrase ("Kremlin spokesman Dmitry Peskov", "he", "the Kremlin") names. */
export type SpeakerPhrase =
  | { readonly kind: "person"; readonly name: string; readonly role?: string }
  | {
      readonly kind: "organisation";
      readonly name: string;
      /** The article a description of one opens on ("the company"), kept to show it as printed. */
      readonly article?: string;
    }
  | { readonly kind: "pronoun"; readonly pronoun: string }
  | {
      readonly kind: "nominal";
      readonly noun: string;
      /** The article it opens on ("the fire chief"), kept to show it as printed. */
      readonly article?: string;
    };

// Words that end a role and never belong to a name ("… spokesman Dmitry Peskov").
export const TITLE_WORDS = new Set(
  `president minister secretary undersecretary spokesman spokeswoman spokesperson adviser advisor director
  chief fellow senator sen representative rep governor gov mayor chairman chairwoman chair leader head
  rev reverend hon det supt mp mps mep meps msp pm da ag cfo coo cto cio
  ambassador general gen commissioner official officials analyst professor prof economist ceo founder
  manager coach deputy treasurer attorney judge justice sheriff captain capt officer lt sgt col dr mr mrs
  ms strategist researcher scientist expert lawyer editor writer reporter correspondent candidate nominee
  premier chancellor king queen prince pope speaker whip lawmaker congressman congresswoman councilman
  councilwoman member resident runner winner organizer marshal medic physician doctor teacher
  schoolteacher owner worker student superintendent administrator inspector detective firefighter
  climatologist meteorologist forecaster engineer executive vice pastor rabbi imam bishop cardinal
  host anchor columnist commentator consultant pollster activist aide staffer counsel prosecutor
  substitute midfielder striker forward defender goalkeeper keeper winger referee umpire
  pitcher catcher quarterback player rookie veteran driver cyclist pedestrian witness bystander
  victim suspect defendant plaintiff photographer sculptor painter artist curator designer architect
  biologist epidemiologist nurse surgeon paramedic chemist physicist historian author
  novelist poet singer actor actress producer chef farmer banker investor trader coroner
  examiner person source democrat republican independent libertarian incumbent challenger mother
  father son daughter wife husband brother sister parent grandmother grandfather widow widower aunt
  uncle cousin`.split(/\s+/),
);

// Words that make a phrase an organisation ("the Kremlin", "China's Commerce Ministry"), in
// English and as other languages print them in names news keeps untranslated ("the Instituto
// Austral de Oceanografía", "Banque Lorraine").
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  `kremlin ministry department administration office agency bureau council commission committee
  government cabinet parliament congress senate house party campaign university institute center centre
  foundation association corp corporation inc company companies group coalition organizers organisers
  union federation network news times post journal press reuters police army military navy court
  board authority service services station embassy white district systems power energy electric bank
  directorate branch
  fund llc ltd holdings airlines motors technologies labs partners media hospital school college club
  league team utility utilities firm firms company's makers manufacturers alliance academy
  society centers centres organization organisation laboratory patrol guard inspectorate
  secretariat
  instituto institut istituto universidad universidade université università universität banco
  banque banca ministerio ministério ministère ministero ministerium fundación fundação fondation
  fondazione stiftung asociación associação associazione sociedad sociedade société società
  compañía companhia compagnie agencia agência agence agenzia consejo conselho conseil consiglio
  comisión comissão commissione tribunal hôpital ospedale clínica clinique escuela école
  colegio armada ejército`.split(/\s+/),
);

// Plural nouns for groups of people that news attributes speech to.
const GROUP_NOUNS = new Set(
  `authorities officials police critics experts witnesses investigators prosecutors lawmakers leaders
  voters protesters doctors scientists sources aides diplomats parents people families neighbors
  neighbours staff crew crews officers deputies firefighters medics nurses teachers students
  residents organizers organisers democrats republicans administration government friends relatives
  colleagues supporters opponents fans teammates classmates couple pair family`.split(/\s+/),
);
// Countries speak as institutions ("China said", "The United States … said"), never as people.
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  placeAliasGroups().flatMap((group) => group.members.map((name) => name.toLowerCase())),
);
// "Paul Rieckhoff, founder and CEO of…": a role word can open an appositive.
const TITLE_PATTERN = `(?:${[...TITLE_WORDS].join("|")})`;
// Capitalised, but never a name: "since January", "on Friday".
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `${MONTHS}|${WEEKDAYS}`.toLowerCase().split("|"),
);
const PRONOUNS = new Set(["he", "she", "they", "i", "we", "it"]);
const NAME_PARTICLES = new Set(`de van von der den bin ben al la le da du del di`.split(/\s+/));
const LEADING_FILLER =
  /^(?:(?:but|and|meanwhile|still|however|yet|also|even|then|now|later|earlier|so|while|instead|indeed|in addition|separately|that said),?\s+)+/i;
const PARENTHETICAL = /\s*\([^)]*\)/g;
// "Mayor Evelyn Castellano, who proposed the budget in January, said…": the clause says what
// they did, not who they are.
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose)\s[^,]*(?:,|$)/gi;
// "Harold Okonkwo-Lind, an epidemiologist at Carrow State University who was not involved in the
// study, called": the clause inside the appositive says what they did, not what they are.
// "Donald Tusk, summing up conversations that …", "Obi, later alleging that …": what they were
// doing, not who they are.
const PARTICIPLE_CLAUSE =
  /,\s+(?:(?:\p{Ll}+ly|later|then|also|again|still|now|once|even)\s+)?\p{Ll}+ing\b.*$/su;
// "A letter from the Dockworkers Guild obtained by the Fenwick Star warns": the outlet only got hold
// of the document, which is what speaks (the outlet is its outer source, see outerSource.ts).
const HELD_BY_CLAUSE =
  /(?<=\p{L}\s+\p{L}+)\s+(?:seen|reviewed|obtained|viewed|examined|inspected|verified)\s+by\s+[^,]+$/u;
// "Harold Beebe, known to everyone as Hal, said": the name he goes by is not who speaks.
const NICKNAME_CLAUSE =
  /,\s+(?:(?:who\s+is\s+)?(?:known|nicknamed|dubbed)|(?:who\s+)?goes\s+by)\s[^,]*(?:,|$)/gi;
/**
 * "Dana Ruiz, dressed in a scarf stitched with Obi's name, said", "Ken Obi, however,": after a name, a
 * clause that opens on a past participle or an adverb describes them; a name inside it is not
 * who speaks.
 */
const DESCRIBING_CLAUSE =
  /(?<=\p{Lu}[\p{L}'’.·-]*),\s+(?:\p{Ll}+(?:ed|en|ly)|clad|both|however|meanwhile|though|too|also|still|instead|himself|herself|themselves|itself)\b[^,]*(?:,|$)/gu;

/** "co-founder of Harbor Labs", "elected official": a clause that says what someone is. */
function isRole(clause: string): boolean {
  const words = clause.replace(/^,\s+/, "").split(/[\s-]+/);
  return (
    words.slice(0, 3).some((word) => TITLE_WORDS.has(word.toLowerCase())) ||
    words.slice(1, 4).some((word) => /^(?:of|for|at|to)$/.test(word))
  );
}
const CLAUSE_IN_APPOSITIVE = /(?<=,\s+(?:a|an|the)\s[^,]*?)\s+(?:who|that)\s[^,]*/gi;
const MAX_NAME_WORDS = 4;
// Words that end a clause before the speaker's noun phrase: "…comes after the Biden administration said".
const CLAUSE_BREAKS = new Set(
  `after before that when because while since although though if but with is are was were be been being
  has have had will would could should may might comes came met meets visited expected including like
  than where which whom whose said told as and according from by`.split(/\s+/),
);
// "Sullivan also said", "Peskov has repeatedly said": adverbs and auxiliaries before the verb.
const TRAILING_ADVERBS =
  /(?:\s+(?:also|again|repeatedly|previously|later|earlier|then|now|still|reportedly|publicly|privately|separately|recently|once|further|has|have|had|would|will|could|never|often|always|first|last|simply|quickly|flatly))+\s*$/iu;
/** A description, then the person it is related to: "a longtime adviser to Ken Obi". */
const PREPOSITION_OBJECT =
  /^(?<description>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Ll}[\p{L}-]*)\s.*?)\s+(?:to|for|with|under)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/**
 * "HARBOR ― This spring, …": the capitalised place a story's first line opens on; "NASA — the
 * space agency — said" is an appositive between dashes instead.
 */
const DASH_DATELINE = /^\p{Lu}{2,}(?:[\s,.]+\p{Lu}[\p{L}.]*)*\s*[—–―](?![^—–―]*[—–―])\s*/u;
/** ", subsequently" after a name: an adverb, lower case ("Kelly" is a name). */
const TRAILING_LY_ADVERB = /,\s+\p{Ll}+ly\s*$/u;
const CONNECTORS = new Set(["of", "for", "at", "the", "and", "on", "in", "to"]);
const MAX_PHRASE_WORDS = 16;
const MAX_PHRASE_LENGTH = 400;

/**
 * Words that open a phrase set off before a sentence's subject: prepositions (a closed class),
 * and -ing and -ed forms ("Speaking at …,", "Asked whether …,"), and days.
 */
const INTRODUCTION_OPENER = new RegExp(
  String.raw`^(?:about|after|against|amid|among|as|at|before|behind|beside|besides|between|beyond|by|despite|during|following|for|from|in|inside|like|near|of|on|outside|over|since|through|throughout|to|under|unlike|until|upon|while|when|with|within|without|this|last|next|earlier|later|\p{L}+ing|\p{L}+ed|${[...CALENDAR_WORDS].join("|")})\b`,
  "iu",
);

/**
 * "In a statement, harbor spokeswoman Lena Ortiz", "Of the plan, Obi": an opening phrase
 * and its comma come before the speaker; what follows the last such comma is who speaks.
 */
function withoutIntroduction(phrase: string): string {
  let rest = phrase.trimStart();
  while (INTRODUCTION_OPENER.test(rest)) {
    const comma = rest.indexOf(",");
    if (comma === -1 || rest.slice(comma + 1).trim() === "") return rest;
    // "As Dana Ruiz, a fellow at …, noted": "as" opens a clause whose subject is the name.
    if (/^(?:\p{L}+(?:ed|ing)|[Aa]s)\s/u.test(rest) && isNameRun(rest.slice(0, comma))) return rest;
    rest = rest.slice(comma + 1).trimStart();
  }
  return rest;
}

/**
 * "Fred Obi, a fellow at …", "Ted Ruiz,": capitalised words alone before the comma are a name
 * that happens to end in -ed or -ing, not an opening phrase ("Asked Tuesday,", "Speaking in …,").
 */
function isNameRun(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= MAX_NAME_WORDS &&
    words.every(
      (word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !CALENDAR_WORDS.has(word.toLowerCase()),
    )
  );
}

/**
 * Reads the phrase an attribution names: a person with the role before their name
 * ("White House national security adviser Jake Sullivan") or after it ("Quentin Kidd, a political
 * scientist at …"), a pronoun, an organisation, or a description with no name ("the fire chief").
 * Returns null for text that names no one.
 *
 * @example parseSpeakerPhrase("Iran's Foreign Minister Hossein Amirabdollahian")
 * // → { kind: "person", name: "Hossein Amirabdollahian", role: "Iran's Foreign Minister" }
 */
export function parseSpeakerPhrase(raw: string): SpeakerPhrase | null {
  // A clause this long names no one, and reading it costs time that grows with its length.
  if (raw.length > MAX_PHRASE_LENGTH) return null;
  const phrase = lastNounPhrase(
    // "And on Tuesday, Ken Obi": a conjunction, then the opening phrase.
    withoutIntroduction(
      // "Most recently, Dana Ruiz": a sentence adverb opens it.
      withoutOpeningAdverb(
        raw
          // "(Vance says …)": a sentence in brackets.
          .replace(/^\s*\((?![^)]*\))/, "")
          .replace(DASH_DATELINE, "")
          .replace(LEADING_FILLER, ""),
      )
        // "Dana Ruiz — a teacher from Fenwick — says": dashes set off an appositive as commas do.
        .replace(/\s+[—–―]\s+/g, ", "),
    )
      .replace(PARENTHETICAL, "")
      .replace(HELD_BY_CLAUSE, "")
      .replace(NICKNAME_CLAUSE, "")
      .replace(RELATIVE_CLAUSE, "")
      .replace(CLAUSE_IN_APPOSITIVE, "")
      .replace(PARTICIPLE_CLAUSE, "")
      .replace(DESCRIBING_CLAUSE, (clause) =>
        isRole(clause) ? clause : clause.endsWith(",") ? "," : "",
      )
      // "Marta Oyelaran, 41, of Fenwick": an age says nothing of who they are.
      .replace(/,\s*\d{1,3}\s*(?=,|$)/g, "")
      .replace(TRAILING_LY_ADVERB, "")
      .replace(TRAILING_ADVERBS, ""),
  )
    .replace(LEADING_FILLER, "")
    .replace(TRAILING_ADVERBS, "")
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, "");
  const head = phrase.split(",")[0] ?? phrase;
  if (phrase === "" || head.split(/\s+/).length > MAX_PHRASE_WORDS) return null;
  if (PRONOUNS.has(phrase.toLowerCase())) return { kind: "pronoun", pronoun: phrase.toLowerCase() };
  const withoutThe = phrase.replace(/^the\s+/i, "");
  const { article, rest: bare } = splitArticle(phrase);
  // "former Gov. Ken Obi of Harbor": a name between its role and where it serves.
  const ofPlace = phrase.includes(",") ? null : personOfPlace(phrase);
  if (ofPlace) return ofPlace;
  // "Officials said", "A spokesman for the Ministry of Economy, Trade and Industry said": a
  // description of someone, with no name.
  const firstNoun =
    phrase
      .replace(/^(?:the|a|an|another|one|two|several|some|other)\s+/i, "")
      .split(/\s+/)[0]
      ?.toLowerCase() ?? "";
  // "a detective with the Cedar Falls Police Department, Sgt. Tomas Gutierrez": a name after it.
  const tail = phrase.includes(",") ? (phrase.split(",").at(-1) ?? "").trim() : "";
  const tailName = personName(tail.split(/\s+/).filter((word) => !HONORIFIC.test(word)));
  const namedAfter = tailName !== null && tailName.roleWords.length === 0;
  // "Analysts at Fenwick Capital", "Lawyers for the city": people described by where they work.
  const describedGroup =
    TITLE_WORDS.has(firstNoun.replace(/ies$/, "y").replace(/s$/, "")) &&
    /^(?:(?:the|some|several|two|three)\s+)?\p{L}+s\s+(?:at|of|from|with|for|in)\s/iu.test(phrase);
  const unnamed = TITLE_WORDS.has(firstNoun) && !personName(head.split(/\s+/));
  if ((describedGroup || unnamed) && !namedAfter) return description(bare, article);

  const appositive = new RegExp(
    String.raw`^(?<head>[^,]+),\s+(?<rest>(?:an?|the|who|his|her|its|their|one|another|now|then|formerly|former|longtime|onetime|\p{Lu}|(?:of|from|in)\s+\p{Lu}|\p{Ll}+\s+(?:of|for|at|and)\b|(?:\p{Ll}+\s+){0,2}${TITLE_PATTERN}\b).*)$`,
    "su",
  ).exec(phrase)?.groups;
  if (appositive?.head && appositive.rest) {
    const head = parseSpeakerPhrase(appositive.head);
    // "Another analyst, Pieter Vos of Kemble & Roche": the name, then where they work.
    const restWords = appositive.rest
      .replace(/\s+(?:of|at|from|with)\s+\p{Lu}.*$/u, "")
      .split(/\s+/);
    const restName = personName(restWords.filter((word) => !HONORIFIC.test(word))); // "His daughter, Ms Rachel Pryce"
    // "a detective with the …, Sgt. Tomas Gutierrez": his rank is part of who he is.
    const titles = restWords.findIndex((word) => !HONORIFIC.test(word));
    const restRank = rankOf(restWords.slice(0, titles));
    if (head?.kind === "person") {
      const role = appositive.rest
        .replace(/^(?:who is |who was )?(?:an?|the)\s+/i, "")
        .replace(/,?\s+(?:who|which|whom|whose|that)\s.*$/is, "")
        .replace(/,.*$/s, "");
      // "Dr. Anjali Mehta, the race's medical director": the appositive says more than "Dr.";
      // "Sgt. Andrea Molina, a police spokeswoman": both say who she is.
      const headRank = rankOf(head.role?.split(/\s+/) ?? []);
      const headRole =
        head.role && !headRank && !HONORIFIC.test(head.role) && !/^professor$/i.test(head.role)
          ? head.role
          : undefined;
      return { kind: "person", name: head.name, role: headRole ?? rankedRole(headRank, role) };
    }
    // "a nurse in Fenwick, Oregon": a place, then its region, is no name.
    const placeThenRegion =
      /\s(?:in|of|from|near)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(
        appositive.head,
      ) && /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u.test(appositive.rest.trim());
    if (placeThenRegion)
      return head?.kind === "nominal"
        ? { ...head, noun: `${head.noun}, ${appositive.rest}` }
        : head;
    // "Another critic, Laurence H. Tribe": a description, then the name.
    if (restName && restName.roleWords.length === 0) {
      return {
        kind: "person",
        name: restName.name,
        role: rankedRole(restRank, appositive.head.replace(/^(?:an?|the|another)\s+/i, "")),
      };
    }
    // "The Hartford, Connecticut-based company": the description says who, the head is a place.
    if (head?.kind === "organisation" && /^[\p{L}-]+-based\s/u.test(appositive.rest))
      return { kind: "nominal", noun: appositive.rest };
    // "The Chilean institute that operates the vessel, the Instituto Austral de Oceanografía": a
    // description, then the organisation's name.
    if (head?.kind === "organisation" && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(head.name)) {
      const named = parseSpeakerPhrase(appositive.rest);
      if (named?.kind === "organisation" && /^\p{Lu}/u.test(named.name)) return named;
    }
    if (head?.kind === "organisation" || head?.kind === "pronoun") return head;
    // "A spokesman for the Ministry of Economy, Trade and Industry": the comma is inside a name.
    if (
      head?.kind === "nominal" &&
      /^\p{Lu}\p{L}*(?:\s+(?:and|of|the|\p{Lu}\p{L}*))*$/u.test(appositive.rest)
    )
      return description(bare, article);
    // "Asked to describe the device, O'Neill": an opening clause, then the speaker.
    const tail = parseSpeakerPhrase(phrase.slice(phrase.lastIndexOf(",") + 1));
    if (tail && tail.kind !== "nominal") return tail;
    if (head) return head;
  }

  const words = phrase.split(/\s+/);
  if (PLACE_NAMES.has(withoutThe.toLowerCase())) return { kind: "organisation", name: withoutThe };
  // "The Department of Health and Social Care": an institution's name, "and" and all; "the Bureau
  // of Labor Statistics", "the Science and Technology Directorate of the Department of Homeland
  // Security": one whose words before "of" end on an institution's word ("Dana Ruiz of the Urban
  // Institute" is a person).
  const namedWords = withoutThe.split(/\s+/);
  const beforeOf = withoutThe.split(/\s+(?:of|for)\s+/)[0] ?? "";
  const isInstitution = /\s(?:and|&)\s/.test(withoutThe)
    ? isInstitutionName(withoutThe)
    : /\s(?:of|for)\s/.test(withoutThe) &&
      isInstitutionName(withoutThe) &&
      ORGANISATION_WORDS.has(beforeOf.split(/\s+/).at(-1)?.toLowerCase() ?? "");
  if (
    isInstitution &&
    namedWords.every(
      (word, at) =>
        inInstitutionName(word) ||
        (word === "the" && /^(?:of|for)$/.test(namedWords[at - 1] ?? "")),
    )
  )
    return { kind: "organisation", name: withoutThe };
  // "a spokeswoman for Ken Obi", "the former top aide to Dana Ruiz": someone described by whom
  // they work for; the name is not theirs.
  const described = PREPOSITION_OBJECT.exec(phrase)?.groups?.description;
  if (described?.split(/\s+/).some((word) => TITLE_WORDS.has(word.toLowerCase())))
    return description(bare, article);
  const found = personName(words);
  // "the Instituto Austral de Oceanografía": capitalised words that end on an institution's word
  // open its name; what follows is no person's name but the rest of it.
  const institution = found ? institutionBefore(found.roleWords) : "";
  if (found && institution !== "")
    return { kind: "organisation", name: `${institution} ${found.name}` };
  if (found && !isOrganisationName(found.name)) {
    // "Local MP Mr David Okafor": the courtesy title is no part of the role.
    const roleWords = [...found.roleWords];
    while (roleWords.length > 1 && COURTESY_TITLE.test(roleWords.at(-1) ?? "")) roleWords.pop();
    const role = roleOf(roleWords);
    return role ? { kind: "person", name: found.name, role } : { kind: "person", name: found.name };
  }
  // A clause that holds an organisation's word ("She left school … where, she") is no name.
  const clause = bare.includes(",") || words.length > 8;
  if (isOrganisationName(bare) && !clause) {
    // "the company" is shown as printed; "the Kremlin" by its name.
    const described = article && /^\p{Ll}/u.test(bare);
    return { kind: "organisation", name: bare, ...(described ? { article } : {}) };
  }
  // "the ICO", "the FBI": an acronym is an institution's name ("the PM", "the CFO" are titles).
  if (/^\p{Lu}{2,6}$/u.test(bare) && !TITLE_WORDS.has(bare.toLowerCase()))
    return { kind: "organisation", name: bare };
  // "the regulator", "the integrity unit", "Britain's data protection regulator": an institution
  // by its kind, as the head of the phrase ("a former regulator" is a person).
  if (INSTITUTION_BY_KIND.test(phrase) && !/^(?:a|an|one|former)\s/i.test(phrase))
    return { kind: "organisation", name: bare };
  // "The Daily Beast": a name that starts with "The" is an outlet or an institution.
  if (/^The(?:\s+\p{Lu}[\p{L}'’.&-]*){1,4}$/u.test(phrase))
    return { kind: "organisation", name: phrase };
  // "One patient's daughter": a capitalised phrase whose last word names a person is a description.
  // "Following a hastily [announced, …]": the first words of an opening phrase are no one's name.
  const lastWord = (words.at(-1) ?? "").toLowerCase();
  if (
    /^\p{Lu}/u.test(bare) &&
    !/^(?:the|a|an)\s/i.test(phrase) &&
    words.length <= 4 &&
    !(INTRODUCTION_OPENER.test(bare) && !isNameRun(bare)) &&
    !(TITLE_WORDS.has(lastWord) && /\p{Ll}/u.test(words.at(-1)?.[0] ?? ""))
  )
    return { kind: "organisation", name: bare };
  // A description speaks only if it names people: "the fire chief", "officials", "some residents",
  // "American equipment makers"; "the plan" says nothing.
  const noun = (bare.split(/\s+/).at(-1) ?? "").toLowerCase().replace(/['’]s?$/, "");
  const namesPeople =
    TITLE_WORDS.has(noun) || GROUP_NOUNS.has(noun) || /(?:ers|ors|ists|ians|ants|ents)$/.test(noun);
  return namesPeople ? description(bare, article) : null;
}

const INSTITUTION_BY_KIND =
  /^(?:the\s+|[\p{Lu}][\p{L}]*['’]s\s+)?(?:[\p{L}-]+\s+){0,2}(?:regulator|watchdog|unit)$/iu;

/** A description with no name ("the fire chief"): its noun, and the article it opened on. */
function description(noun: string, article: string | undefined): SpeakerPhrase {
  return { kind: "nominal", noun, ...(article ? { article } : {}) };
}

/** The noun phrase that ends `text`: what follows its last clause break ("that", "after", "is"…). */
function lastNounPhrase(whole: string): string {
  // "…since January, and the state climatologist's office": a second clause brings the speaker.
  const coordinated = /,\s+(?:and|but)\s+(?!who\b|which\b)/i.exec(whole);
  const text = coordinated ? whole.slice(coordinated.index + coordinated[0].length) : whole;
  // "Obi, the mayor, left the hearing after Dana Ruiz": past the appositive, a subordinate
  // clause brings its own subject, who is the one speaking.
  const subordinate = SUBORDINATE_SUBJECT.exec(text);
  if (subordinate?.groups?.subject) return subordinate.groups.subject;
  const words = text.trim().split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = (words[i] ?? "").toLowerCase().replace(/[,;:]$/, "");
    // "The Department of Health and Social Care": an "and" inside an institution's name.
    if (word === "and" && isInstitutionName(capitalisedRunAround(words, i))) continue;
    // "The union that represents the deckhands": a clause that says which, after its noun.
    if (
      (word === "that" || word === "who") &&
      i > 0 &&
      /^\p{Ll}+(?:s|ed)$/u.test(words[i + 1] ?? "") &&
      /^(?:the|a|an)\s/i.test(text.trim()) &&
      !text.includes(",")
    )
      return lastNounPhrase(words.slice(0, i).join(" "));
    // An appositive's own words ("a spokeswoman for X, said") may hold breaks: keep commas' insides.
    const breakWords = word === "according" && words[i + 1]?.toLowerCase() === "to" ? 2 : 1;
    if (CLAUSE_BREAKS.has(word) && !text.includes(","))
      return words.slice(i + breakWords).join(" ");
  }
  return text;
}

const SUBORDINATE_SUBJECT =
  /,\s[^,]*\s(?:after|before|when|because|while|although|though|until|once)\s+(?<subject>(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** The words before a name as its role, without their article ("the Kremlin's spokesman"). */
function roleOf(roleWords: readonly string[]): string {
  return roleWords.join(" ").replace(/^(?:the|a|an)(?:\s+|$)/i, "");
}

/**
 * A phrase with no comma: "Devika Raman of Halvorsen Research": the person, and where they work as the role; "former Gov.
 * Ken Obi of Harbor", "Chancellor Dana Ruiz of the Republic": the role before the name, and where
 * it is. A lone capitalised word before "of" is no one's name ("Head of Harbor Police …").
 */
function personOfPlace(phrase: string): SpeakerPhrase | null {
  for (const at of phrase.matchAll(/\s+(?:of|at|from)\s+(?=(?:the\s+)?\p{Lu})/gu)) {
    const person = personName(phrase.slice(0, at.index).split(/\s+/));
    if (!person || isOrganisationName(person.name)) continue;
    if (person.roleWords.length === 0 && !person.name.includes(" ")) continue;
    const where = phrase.slice(at.index + at[0].length);
    const role = roleOf(person.roleWords);
    return { kind: "person", name: person.name, role: role ? `${role} of ${where}` : where };
  }
  return null;
}

/** A word of an institution's name: capitalised, or "of", "for", "and", "&" between such words. */
function inInstitutionName(word = ""): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:of|for|and|&)$/.test(word);
}

/**
 * "The Department of Health and Social Care": an organisation's name with "and" in it, and no
 * title ("Police and Crime Commissioner David Sidwick" is a person).
 */
function isInstitutionName(text: string): boolean {
  return (
    text !== "" &&
    !text.split(/\s+/).some((word) => TITLE_WORDS.has(word.toLowerCase())) &&
    isOrganisationName(text)
  );
}

/** The capitalised words around words[at], with the "of", "for" and "and" between them. */
function capitalisedRunAround(words: readonly string[], at: number): string {
  let start = at;
  let end = at;
  while (start > 0 && inInstitutionName(words[start - 1])) start--;
  while (end < words.length - 1 && inInstitutionName(words[end + 1])) end++;
  if (start === at || end === at) return "";
  return words.slice(start, end + 1).join(" ");
}

/** The name at the end of `words` and the words before it (the role), or null when there is none. */
function personName(words: readonly string[]): { name: string; roleWords: string[] } | null {
  let start = words.length;
  while (start > 0 && words.length - start < MAX_NAME_WORDS) {
    const word = words[start - 1] ?? "";
    const bare = word.replace(/[.,]$/, "");
    const isNameWord = /^\p{Lu}[\p{L}'’.-]*$/u.test(bare) || NAME_PARTICLES.has(bare.toLowerCase());
    if (
      !isNameWord ||
      TITLE_WORDS.has(bare.toLowerCase().replace(/\.$/, "")) ||
      // "Councillor Dana Ruiz": before a first and last name, a word compromise's lexicon files as
      // someone's work is a title ("Tim Cook" keeps his name).
      (words.length - start >= 2 && isActorNoun(bare)) ||
      CALENDAR_WORDS.has(bare.toLowerCase()) ||
      /['’]s?$/.test(bare)
    )
      break;
    if (ORGANISATION_WORDS.has(bare.toLowerCase()) && start === words.length) return null;
    start--;
    // "… Foundation for Defense of Democracies Behnam Ben Taleblu": after "of", "for", "at",
    // capitalised words belong to an organisation's name, not the person's.
    if (CONNECTORS.has(words[start - 1] ?? "")) {
      if (words.length - start === 1) return null;
      start++;
      break;
    }
  }
  const nameWords = words.slice(start);
  while (nameWords.length > 0 && NAME_PARTICLES.has((nameWords[0] ?? "").toLowerCase()))
    nameWords.shift();
  // "The Hartford": no one's name starts with "The".
  if (nameWords.length === 0 || nameWords[0] === "The") return null;
  return {
    name: nameWords.join(" ").replace(/[.,]$/, ""),
    roleWords: words.slice(0, words.length - nameWords.length),
  };
}

/**
 * The capitalised words that end `roleWords` when the last of them is an institution's word
 * ("the Instituto" → "Instituto"), else "". A title among them makes them a role ("Ministry
 * spokesperson", "Police Chief").
 */
function institutionBefore(roleWords: readonly string[]): string {
  const last = roleWords.at(-1) ?? "";
  if (!/^\p{Lu}/u.test(last) || !ORGANISATION_WORDS.has(last.toLowerCase())) return "";
  let start = roleWords.length - 1;
  while (start > 0 && /^\p{Lu}[\p{L}-]*$/u.test(roleWords[start - 1] ?? "")) start--;
  const words = roleWords.slice(start);
  return words.some((word) => TITLE_WORDS.has(word.toLowerCase())) ? "" : words.join(" ");
}

export function isOrganisationName(name: string): boolean {
  if (name.trim() === "") return false;
  return (
    PLACE_NAMES.has(name.replace(/^the\s+/i, "").toLowerCase()) ||
    name
      .split(/\s+/)
      .some((word) => ORGANISATION_WORDS.has(word.replace(/['’]s?$/, "").toLowerCase()))
  );
}
