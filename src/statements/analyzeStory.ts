import { learnAliases } from "../search/learnAliases.js";
import type { Story } from "../story/types.js";
import { capitalised } from "../text/capitalised.js";
import { foldText } from "../text/fold.js";
import { escapeRegExp } from "../text/regExp.js";
import {
  ConfidenceContext,
  type ConfidenceFeatures,
  confidenceFeatures,
  sureEnough,
} from "./attributionConfidence.js";
import { extractStatements, type FoundStatement } from "./extractStatements.js";
import { pronounFits } from "./pronounGender.js";
import { joinQuotePieces } from "./quotePieces.js";
import { findQuoteSpans } from "./quoteSpans.js";
import { ORGANISATION_WORDS } from "./speakerPhrase.js";
import { capitalisedForms, findPeople, onlyOneFirstNamed } from "./storyPeople.js";
import type { Person, Speaker, Statement, StatementRule } from "./types.js";

/** A story's statements with their speakers resolved, and its people. */
export interface StoryStatements {
  readonly statements: readonly Statement[];
  readonly people: readonly Person[];
}

/** How many paragraphs back a pronoun may reach for the speaker it stands for. */
const PRONOUN_REACH = 2;

/**
 * Finds who said what in a story. Short forms and pronouns resolve to the person the story means:
 * "Sullivan said" to Jake Sullivan, "he said" to the last person quoted (or, failing that, the last
 * person named) within two paragraphs, "the chief said" to the last person whose role is chief, a
 * quote running on from the previous paragraph to that quote's speaker. A statement whose speaker
 * cannot be resolved keeps the description the story gives ("the fire chief"), never a guess.
 */
export function analyzeStory(
  story: Story,
  withoutRules: ReadonlySet<StatementRule> = new Set(),
  /**
   * Whether a reading is sure enough to name its speaker: the learned scorer
   * (attributionConfidence.ts) unless its weights' script passes its own, to see every reading.
   */
  sure: (
    features: ConfidenceFeatures,
    statement: Statement,
    phrase: FoundStatement["phrase"],
  ) => boolean = (features, _statement, phrase) => !givesAName(phrase) || sureEnough(features),
): StoryStatements {
  const found = extractStatements(story, withoutRules);
  const people = findPeople(story, found);
  const context = new ConfidenceContext(story.body, people, found);
  const statements: Statement[] = [];
  let lastSpeaker: { speaker: Speaker; paragraph: number } | undefined;
  const described = new Map<string, Speaker>();
  for (const item of found) {
    const speaker = sameDescribed(
      item.phrase,
      resolveSpeaker(item, people, lastSpeaker, story),
      described,
    );
    if (!speaker) continue;
    const paragraph = story.body[item.paragraph - 1];
    if (!paragraph) continue;
    const statement: Statement = {
      story: story.id,
      paragraph: item.paragraph,
      kind: item.kind,
      text: joinQuotePieces(item.spans.map(([start, end]) => paragraph.text.slice(start, end))),
      spans: item.spans,
      speaker,
      cue: item.cue,
      rule: item.rule,
      ...(item.kind === "direct" && runsOn(paragraph.text, item.spans) ? { runsOn: true } : {}),
      ...viaOf(item, speaker, paragraph.text),
    };
    // Too unsure: the words stay unattributed ("Byline cannot tell who said them").
    const judged = item.phrase.kind === "person" || item.phrase.kind === "organisation";
    if (judged && !sure(confidenceFeatures(item, speaker, context), statement, item.phrase))
      continue;
    statements.push(statement);
    lastSpeaker = { speaker, paragraph: item.paragraph };
  }
  return { statements, people };
}

/**
 * "A spokeswoman for the port said …", then "The spokeswoman for the port added …": "the" points
 * back to the one described before, who is one speaker, not two.
 */
function sameDescribed(
  phrase: FoundStatement["phrase"],
  speaker: Speaker | null,
  described: Map<string, Speaker>,
): Speaker | null {
  if (!speaker || phrase.kind !== "nominal" || !speaker.name.endsWith(phrase.noun)) return speaker;
  const key = phrase.noun.toLowerCase();
  const before = described.get(key);
  if (before && /^the$/i.test(phrase.article ?? "")) return before;
  if (!before) described.set(key, speaker);
  return speaker;
}

/**
 * The outer source a statement's sentence credits, as printed; none when it is the speaker again
 * ("…, Obi reported" is Obi's own attribution, not a channel).
 */
function viaOf(item: FoundStatement, speaker: Speaker, text: string): { via?: string } {
  if (!item.via) return {};
  const via = text.slice(item.via[0], item.via[1]).trim();
  const bare = (name: string) => foldText(name.replace(/^the\s+/i, ""));
  const [a, b] = [bare(via), bare(speaker.name)];
  return via === "" || a.includes(b) || b.includes(a) ? {} : { via };
}

/**
 * Whether the scorer judges a reading: only one that gives a name (a person's, an organisation's)
 * is; the named speakers it learns from cannot say when "he", "officials" or "figures" is wrong.
 * (It learns from lower-case organisations too: leaving them out of learning gave weights that
 * withheld fewer wrong names on the tune half, 68 left against 63.)
 */
function givesAName(phrase: FoundStatement["phrase"]): boolean {
  return (
    (phrase.kind === "person" || phrase.kind === "organisation") && /^\p{Lu}/u.test(phrase.name)
  );
}

function resolveSpeaker(
  item: FoundStatement,
  people: readonly Person[],
  last: { speaker: Speaker; paragraph: number } | undefined,
  story: Story,
): Speaker | null {
  const phrase = item.phrase;
  switch (phrase.kind) {
    case "continuation":
      return last?.speaker ?? null;
    case "organisation": {
      // "The group argued …" after "the Kessler River Alliance": the organisation named last.
      const name =
        (ORGANISATION_HEAD.test(phrase.name) && lastOrganisationNamed(story, item)) ||
        asPrinted(expandAcronym(phrase.name, story), phrase.article);
      return { name, kind: "organisation" };
    }
    case "person":
      return personSpeaker(findPerson(people, phrase.name, item.paragraph, story) ?? phrase);
    case "pronoun": {
      // "he" is rather not someone the story shows is a woman ("Margaret", "her mother"), nor "she"
      // a man; but a wrong guess ("Lindsey Graham") must not lose the statement.
      const fits = (who: { name: string; role?: string }) =>
        pronounFits(phrase.pronoun, who.name, who.role);
      return (
        pronounSpeaker(phrase.pronoun, item, people, last, story, fits) ??
        pronounSpeaker(phrase.pronoun, item, people, last, story, () => true)
      );
    }
    case "nominal": {
      const head = phrase.noun.split(/\s+/).at(-1)?.toLowerCase() ?? "";
      // "Obi's spokeswoman" is the spokeswoman of Obi, not any spokeswoman the story names.
      const owner = /^(\p{Lu}[\p{L}-]*)['’]s?\s/u.exec(phrase.noun)?.[1];
      // "One Clinton spokesman", "another official": someone the story does not name.
      const unnamed = /^(?:one|another|some|several|two|three)\s/i.test(phrase.noun);
      const sameRole = (person: Person) =>
        person.role !== undefined &&
        roleHead(person.role) === head &&
        (owner === undefined || person.role.includes(owner));
      const match = unnamed ? undefined : mentionedLast(people.filter(sameRole), item.paragraph);
      return match
        ? personSpeaker(match)
        : {
            // "The fire chief" opens its sentence; shown mid-sentence it is "the fire chief".
            // A capital that belongs to a name or a title before one stays.
            // Shown with its article, as printed: "the company", "a spokeswoman for the port".
            name: phrase.article
              ? asPrinted(phrase.noun, phrase.article)
              : SENTENCE_CAPITAL.test(phrase.noun)
                ? phrase.noun.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
                : phrase.noun,
            kind: "person",
          };
    }
  }
}

/**
 * The noun a role ends on, before what it is of ("director of the Harbor Project" → director,
 * "Republican presidential candidate" → candidate): the word a description must share.
 */
function roleHead(role: string): string {
  const words = role
    .toLowerCase()
    .split(/,|\s(?:of|for|at|to|in|on|with|from)\s/)[0]
    ?.trim()
    .split(/\s+/);
  return words?.at(-1) ?? "";
}

/**
 * "NIFC figures" → "National Interagency Fire Center": an organisation named by an acronym the
 * story defines takes the name the story spells out; what it published ("figures", "data") goes.
 */
function expandAcronym(name: string, story: Story): string {
  const bare = name.replace(WHAT_IT_PUBLISHED, "");
  if (!/^\p{Lu}{2,6}$/u.test(bare)) return name;
  const group = learnAliases(story).find((g) => g.members.includes(bare));
  const expansion = group?.members
    .filter((member) => member !== bare)
    .sort((a, b) => b.length - a.length)[0];
  return expansion ?? bare;
}

/**
 * The one of several namesakes the story calls by the bare surname before any other namesake is
 * introduced, if it does: the one introduced before that first bare use.
 */
function bareSurnameOwner(
  namesakes: readonly Person[],
  surname: string,
  story: Story,
): Person | undefined {
  const introductions = namesakes.map((person) => person.paragraphs[0] ?? 0).sort((a, b) => a - b);
  const second = introductions[1] ?? 0;
  const givenNames = namesakes.map((person) => person.name.slice(0, -surname.length));
  const bare = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(surname)}(?![\\p{L}])`, "gu");
  for (const paragraph of story.body.slice(0, second)) {
    for (const found of paragraph.text.matchAll(bare)) {
      const before = paragraph.text.slice(0, found.index);
      if (givenNames.some((given) => given !== "" && before.endsWith(given))) continue;
      const introduced = namesakes.filter(
        (person) => (person.paragraphs[0] ?? 0) < paragraph.number || before.includes(person.name),
      );
      return introduced.length === 1 ? introduced[0] : undefined;
    }
  }
  return undefined;
}

/**
 * Who "it said" (an organisation) or "he/she/they said" (a person) stands for, among those `fits`
 * allows: the one named last in the paragraph before the quote, else the last one quoted, else the
 * last one named.
 */
function pronounSpeaker(
  pronoun: string,
  item: FoundStatement,
  people: readonly Person[],
  last: { speaker: Speaker; paragraph: number } | undefined,
  story: Story,
  fits: (who: { name: string; role?: string }) => boolean,
): Speaker | null {
  const wanted = pronoun === "it" ? "organisation" : "person";
  const candidates = people.filter(fits);
  const lastFits = last !== undefined && last.speaker.kind === wanted && fits(last.speaker);
  if (wanted === "person") {
    // Someone who already spoke in this paragraph goes on speaking ("Tolliver said that Rasmussen
    // had felt tightness … He added …"): the person named last may be who they spoke of.
    if (lastFits && last?.paragraph === item.paragraph) return last.speaker;
    // "Okafor did not say whether she would keep … Gerald Pimm, … she said only that …": the
    // person the paragraph opens on, whom it is about, before anyone named in passing.
    const named =
      paragraphSubject(candidates, story, item) ??
      lastNamedIn(candidates, textBefore(story, item)) ??
      introducedJustBefore(candidates, story, item, last);
    if (named) return personSpeaker(named);
  }
  if (lastFits && last && item.paragraph - last.paragraph <= PRONOUN_REACH) return last.speaker;
  if (wanted === "organisation") return null;
  const namedLately = (person: Person) =>
    person.paragraphs.some((p) => p <= item.paragraph && p >= item.paragraph - PRONOUN_REACH);
  const recent = mentionedLast(candidates.filter(namedLately), item.paragraph);
  return recent ? personSpeaker(recent) : null;
}

/**
 * "Her son, Tom Dunleavy, … has spent the past year …" then a paragraph opening `"…," he says.`:
 * someone the paragraph before brings into the story, and ends on, when no one spoke in it.
 */
function introducedJustBefore(
  candidates: readonly Person[],
  story: Story,
  item: FoundStatement,
  last: { paragraph: number } | undefined,
): Person | undefined {
  const previous = story.body[item.paragraph - 2];
  if (!previous || last?.paragraph === previous.number) return undefined;
  // Only a statement that opens its paragraph (its opening quote mark aside).
  const before = textBefore(story, item).replace(/["“‘']/g, "");
  if (before.trim() !== "") return undefined;
  const endsOn = lastNamedIn(candidates, previous.text);
  return endsOn?.paragraphs[0] === previous.number ? endsOn : undefined;
}

/** A description shown with its article, as printed mid-sentence: "the company". */
function asPrinted(description: string, article: string | undefined): string {
  return article ? `${article.toLowerCase()} ${description}` : description;
}

function personSpeaker(person: { name: string; role?: string }): Speaker {
  return { name: person.name, ...(person.role ? { role: person.role } : {}), kind: "person" };
}

/** The person a name means at a paragraph: exact name, else the surname's most recent bearer. */
function findPerson(
  people: readonly Person[],
  name: string,
  paragraph: number,
  story: Story,
): Person | undefined {
  const exact = people.find((person) => person.name === name || person.aliases.includes(name));
  const surname = name.split(/\s+/).at(-1) ?? name;
  const namesakes = people.filter((person) => person.name.split(/\s+/).at(-1) === surname);
  if (namesakes.length > 1 && name.split(/\s+/).length === 1) {
    // "Dunleavy — everyone calls her Peg —" before "Her son, Tom Dunleavy" is introduced: the story
    // already calls her by the surname alone, and goes on doing so.
    return bareSurnameOwner(namesakes, surname, story) ?? mentionedLast(namesakes, paragraph);
  }
  return exact ?? namesakes[0] ?? onlyOneFirstNamed(people, name);
}

/** Of people, the one mentioned last up to a paragraph. */
function mentionedLast(people: readonly Person[], paragraph: number): Person | undefined {
  const lastMention = (person: Person) =>
    Math.max(0, ...person.paragraphs.filter((p) => p <= paragraph));
  return [...people].sort((a, b) => lastMention(b) - lastMention(a))[0];
}

/** The words of a statement's paragraph before the statement. */
function textBefore(story: Story, item: FoundStatement): string {
  return story.body[item.paragraph - 1]?.text.slice(0, item.spans[0]?.[0] ?? 0) ?? "";
}

/** The person whose name ends last in `text`. */
function lastNamedIn(people: readonly Person[], text: string): Person | undefined {
  // The name that ends last; of two ending together ("Kyle Becker" and the father's "Becker"), the
  // longer, which is the one printed.
  let best: { person: Person; end: number; length: number } | undefined;
  for (const person of people) {
    for (const alias of person.aliases) {
      // "van der Berg" opens a sentence as "Van der Berg".
      const at = Math.max(text.lastIndexOf(alias), text.lastIndexOf(capitalised(alias)));
      if (at === -1 || !/\P{L}|^$/u.test(text[at + alias.length] ?? "")) continue;
      const end = at + alias.length;
      if (!best || end > best.end || (end === best.end && alias.length > best.length))
        best = { person, end, length: alias.length };
    }
  }
  return best?.person;
}

const WHAT_IT_PUBLISHED =
  /\s+(?:figures|data|estimates|statistics|records|report|reports|statement|officials)$/i;
const SENTENCE_CAPITAL = /^(?:The|A|An|Another|Some|Several|Other|Two|Three)\s|^\p{Lu}\p{Ll}+$/u;
/** A description that is an organisation's kind: "group", "the company". */
const ORGANISATION_HEAD =
  /^(?:group|company|firm|agency|coalition|alliance|department|ministry|union|organization|organisation|committee|campaign|board|council|bank|university|hospital|association|foundation|institute|network|regulator|watchdog|unit|tribunal|panel)$/i;
/** An organisation's name as printed: capitalised words ending on its kind ("Kessler River Alliance"). */
const ORGANISATION_NAME = new RegExp(
  `(?:\\p{Lu}[\\p{L}'’&.-]*\\s+){1,5}(?:${capitalisedForms(ORGANISATION_WORDS)})\\b`,
  "gu",
);

/** The organisation named last before a statement, in its paragraph or the one before. */
function lastOrganisationNamed(story: Story, item: FoundStatement): string | undefined {
  for (const text of [textBefore(story, item), story.body[item.paragraph - 2]?.text ?? ""]) {
    const last = [...text.matchAll(ORGANISATION_NAME)].at(-1)?.[0].replace(/^The\s+/, "");
    if (last) return last;
  }
  return undefined;
}

/** Whether the quote a statement ends in is left open at the end of its paragraph. */
function runsOn(text: string, spans: readonly (readonly [number, number])[]): boolean {
  const end = spans.at(-1)?.[1] ?? 0;
  return findQuoteSpans(text).some(
    (quote) => !quote.closed && quote.start < end && end <= quote.end,
  );
}

/** The person whose name opens the statement's paragraph, when the statement comes later in it. */
function paragraphSubject(
  people: readonly Person[],
  story: Story,
  item: FoundStatement,
): Person | undefined {
  const before = textBefore(story, item);
  return people.find((person) =>
    person.aliases.some((alias) =>
      [alias, capitalised(alias)].some(
        (name) => before.startsWith(name) && /^[\s,]/.test(before.slice(name.length)),
      ),
    ),
  );
}
