import { UserFacingError } from "../errors.js";
import { STOP_WORDS } from "../search/stopWords.js";
import type { StoryStatements } from "../statements/analyzeStory.js";
import {
  holdsRole,
  isFirstNameOf,
  nameDistance,
  nearestInReach,
  peopleNamedIn,
  withoutHonorific,
} from "../statements/personNames.js";
import type { Person, Speaker, Statement } from "../statements/types.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { withoutArticle } from "../text/article.js";
import { foldText } from "../text/fold.js";
import { printsWords } from "../text/printsWords.js";
import { type Attribution, attributionFor } from "./attribution.js";
import { candidateStories } from "./candidateStories.js";
import { isDescription } from "./describedPeople.js";

/** A person's card: who they are in the story, where they appear and what they said. */
export interface PersonCard {
  readonly story: string;
  readonly name: string;
  readonly role?: string;
  /** Every name the person answers to, for matching what users type (may be built: title + surname). */
  readonly aliases: readonly string[];
  /** The other names the story itself prints for them ("Sullivan"), for showing. */
  readonly alsoCalled: readonly string[];
  readonly paragraphs: readonly number[];
  /** The paragraph that first names them, verbatim. */
  readonly firstMention: { readonly paragraph: number; readonly text: string };
  readonly statements: readonly {
    readonly paragraph: number;
    readonly kind: Statement["kind"];
    readonly runsOn?: boolean;
    readonly text: string;
    /** The verb that attributes it: "said", "denied". */
    readonly cue: string;
    /** The outer source the sentence credits ("the Fenwick Star"), shown beside the statement. */
    readonly via?: string;
  }[];
  readonly attribution: Attribution;
}

export interface WhoIsAnswer {
  readonly people: readonly PersonCard[];
  /** When no one matches: the closest names in the story, for "did you mean". */
  readonly suggestions: readonly string[];
}

const MAX_SUGGESTIONS = 3;

/**
 * The person `name` means: full name, surname, a title and surname, or any of these misspelled
 * (one typo per five letters). Unknown names get no card, and the closest people as suggestions.
 *
 * @example whoIs(library, "Taleblu").people[0].role // → "Senior fellow at the Foundation for Defense of Democracies"
 */
export function whoIs(library: StoryLibrary, name: string, storyId?: string): WhoIsAnswer {
  const typed = foldText(withoutHonorific(name));
  if (typed === "") throw new UserFacingError("Type a name, e.g. /who is Sullivan.");
  const candidates = candidateStories(library, name, storyId).flatMap((story) =>
    speakersOf(library, story).map(({ person, kind, named }) => ({
      story,
      person,
      kind,
      named,
      distance: nameDistance(typed, person),
    })),
  );
  const nearest = nearestInReach(typed, candidates);
  const best = nearest[0]?.distance;
  // A name as written, then a first name as written ("Mark" is Mark Sullivan before it is Park
  // one letter off), then a name with typos, the name inside longer text, and a role.
  const chosen =
    [
      best === 0 ? nearest : [],
      candidates.filter((c) => isFirstNameOf(typed, c.person)),
      nearest,
      candidates.filter((c) => peopleNamedIn(typed, [c.person]).length > 0),
      candidates.filter((c) => holdsRole(typed, c.person)),
      // What is typed inside a longer speaker's name: "Red Cross" in "American Red Cross
      // spokesperson", "Weather Service" in "National Weather Service".
      candidates.filter((c) => !c.named && namesWithin(typed, c.person.name)),
    ].find((found) => found.length > 0) ?? [];
  if (chosen.length === 0) {
    // Suggestions name the closest people: only when there is one story to speak of.
    const oneStory = storyId !== undefined || library.stories.length === 1;
    const suggestions = oneStory
      ? candidates
          // Names only: not "Residents", "Marine safety experts", "company" or "officials".
          .filter(
            (c) =>
              (c.named || c.kind === "organisation") &&
              /\p{Lu}/u.test(c.person.name) &&
              !isDescription(c.person.name),
          )
          .sort((a, b) => a.distance - b.distance)
          .slice(0, MAX_SUGGESTIONS)
          .map((c) => c.person.name)
      : [];
    return { people: [], suggestions };
  }
  return {
    people: chosen.map(({ story, person, kind }) => {
      const said = library
        .statementsOf(story)
        .statements.filter((s) => s.speaker.kind === kind && s.speaker.name === person.name)
        .map((s) => ({
          paragraph: s.paragraph,
          kind: s.kind,
          text: s.text,
          cue: s.cue,
          ...(s.via ? { via: s.via } : {}),
          ...(s.runsOn ? { runsOn: true } : {}),
        }));
      return {
        story: story.id,
        name: person.name,
        ...(person.role ? { role: person.role } : {}),
        aliases: person.aliases,
        alsoCalled: person.aliases.filter(
          (alias) =>
            // "the company" is not also called "company".
            alias !== withoutArticle(person.name) &&
            alias !== person.name &&
            story.body.some((p) => printsWords(p.text, alias)),
        ),
        paragraphs: person.paragraphs,
        firstMention: {
          paragraph: person.paragraphs[0] ?? 1,
          text: story.body[(person.paragraphs[0] ?? 1) - 1]?.text ?? "",
        },
        statements: said,
        attribution: attributionFor(story, person.paragraphs[0] ?? 1),
      };
    }),
    suggestions: [],
  };
}

/**
 * Everyone a card can be about: the story's people, and the organisations it quotes ("the
 * Kremlin", "National Weather Service"), each with the paragraphs that print its name.
 */
function speakersOf(library: StoryLibrary, story: Story): readonly CardSubject[] {
  const read = library.statementsOf(story);
  let subjects = cardSubjects.get(read);
  if (!subjects) {
    subjects = readCardSubjects(story, read);
    cardSubjects.set(read, subjects);
  }
  return subjects;
}

interface CardSubject {
  readonly person: Person;
  readonly kind: Speaker["kind"];
  /** A person the story names, not a description of one ("American Red Cross spokesperson"). */
  readonly named: boolean;
}

/**
 * Whether the typed words, with at least one word of substance among them, are printed whole
 * inside a speaker's name.
 */
function namesWithin(typed: string, name: string): boolean {
  const wanted = typed.replace(/^the\s+/, "");
  return (
    wanted.split(/\s+/).some((word) => word.length >= 3 && !STOP_WORDS.has(word)) &&
    printsWords(foldText(name), wanted)
  );
}

/** Each story's card subjects, worked out once per reading of its statements. */
const cardSubjects = new WeakMap<StoryStatements, readonly CardSubject[]>();

function readCardSubjects(story: Story, { people, statements }: StoryStatements): CardSubject[] {
  const personNames = new Set(people.map((person) => person.name));
  // Organisations, and speakers described rather than named ("American Red Cross spokesperson").
  const others = [
    ...new Map(
      statements
        .filter((s) => s.speaker.kind === "organisation" || !personNames.has(s.speaker.name))
        .map((s) => [`${s.speaker.kind} ${s.speaker.name}`, s.speaker] as const),
    ).values(),
  ].map(({ name, kind }) => {
    const bare = withoutArticle(name);
    const paragraphs = story.body.filter((p) => printsWords(p.text, bare)).map((p) => p.number);
    const said = statements
      .filter((s) => s.speaker.name === name && s.speaker.kind === kind)
      .map((s) => s.paragraph);
    return {
      person: {
        name,
        aliases: bare === name ? [name] : [name, bare],
        paragraphs: paragraphs.length > 0 ? paragraphs : [...new Set(said)],
      },
      kind,
      named: false,
    };
  });
  return [...people.map((person) => ({ person, kind: "person" as const, named: true })), ...others];
}
