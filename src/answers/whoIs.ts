import { UserFacingError } from "../errors.js";
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
import { foldText } from "../text/fold.js";
import { printsWords } from "../text/printsWords.js";
import { type Attribution, attributionFor } from "./attribution.js";
import { candidateStories } from "./candidateStories.js";

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
    speakersOf(library, story).map(({ person, kind }) => ({
      story,
      person,
      kind,
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
    ].find((found) => found.length > 0) ?? [];
  if (chosen.length === 0) {
    // Suggestions name "the people in the story": only when there is one story to speak of.
    const oneStory = storyId !== undefined || library.stories.length === 1;
    const suggestions = oneStory
      ? [...candidates]
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
          ...(s.runsOn ? { runsOn: true } : {}),
        }));
      return {
        story: story.id,
        name: person.name,
        ...(person.role ? { role: person.role } : {}),
        aliases: person.aliases,
        alsoCalled: person.aliases.filter(
          (alias) => alias !== person.name && story.body.some((p) => printsWords(p.text, alias)),
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
}

/** Each story's card subjects, worked out once per reading of its statements. */
const cardSubjects = new WeakMap<StoryStatements, readonly CardSubject[]>();

function readCardSubjects(story: Story, { people, statements }: StoryStatements): CardSubject[] {
  const organisations = [
    ...new Set(
      statements.filter((s) => s.speaker.kind === "organisation").map((s) => s.speaker.name),
    ),
  ].map((name) => {
    const bare = name.replace(/^the\s+/i, "");
    const paragraphs = story.body.filter((p) => printsWords(p.text, bare)).map((p) => p.number);
    const said = statements.filter((s) => s.speaker.name === name).map((s) => s.paragraph);
    return {
      person: {
        name,
        aliases: bare === name ? [name] : [name, bare],
        paragraphs: paragraphs.length > 0 ? paragraphs : [...new Set(said)],
      },
      kind: "organisation" as const,
    };
  });
  return [...people.map((person) => ({ person, kind: "person" as const })), ...organisations];
}
