import { isAliasOnly, type Token } from "../search/analyzer.js";
import { holdsRole, peopleNamed } from "../statements/personNames.js";
import type { Person } from "../statements/types.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { foldText } from "../text/fold.js";
import { printsWords } from "../text/printsWords.js";
import related from "./data/related-words.json" with { type: "json" };
import { holdsStatement } from "./holdsStatement.js";

/**
 * WordNet's other names for a noun's likeliest sense, and the narrow class it is a kind of
 * ("ship" → vessel, watercraft; "automobile" → car), from scripts/build-related-words.ts.
 */
const RELATED_WORDS: Readonly<Record<string, readonly string[] | undefined>> = related;

/** What focusing needs of a candidate sentence: where it is, its words and its index terms. */
export interface FocusCandidate {
  readonly paragraph: number;
  readonly text: string;
  readonly terms: ReadonlyMap<string, number>;
}

/**
 * The sentences about a focus: a person (by the names only they go by, or their statements; a
 * name with a typo if it looks like a name), else a topic (every word of it, with its stems and
 * aliases, and typos repaired as /ask repairs them). Empty when the story never mentions it.
 */
export function aboutFocus<C extends FocusCandidate>(
  library: StoryLibrary,
  story: Story,
  candidates: readonly C[],
  focus: string,
): C[] {
  const { people } = library.statementsOf(story);
  // A surname two people share ("Alvarez") names neither: their sentences are found by the
  // names only they go by, and by what they said.
  const ownNames = (person: Person) =>
    person.aliases.filter(
      (alias) => !people.some((other) => other !== person && other.aliases.includes(alias)),
    );
  // "Tom" is Wesley Tom's surname, but not in "co-author Tom Ruiz".
  const withoutOthersNames = (text: string, person: Person) =>
    people
      .filter((other) => other !== person && other.name.length > 0)
      .reduce((rest, other) => rest.replaceAll(other.name, " ".repeat(other.name.length)), text);
  const aboutPeople = (chosen: readonly Person[]) => {
    const names = chosen.map((person) => ({ person, own: ownNames(person) }));
    return candidates.filter((c) =>
      names.some(
        ({ person, own }) =>
          own.some((alias) => printsWords(withoutOthersNames(c.text, person), alias)) ||
          saidBy(library, story, c, person.name),
      ),
    );
  };
  // "Gomez" is "Gómez": names compare folded, as typed names are.
  const named = people.filter((p) =>
    p.aliases.some((alias) => foldText(alias) === foldText(focus)),
  );
  if (named.length > 0) return aboutPeople(named);
  // "the judge", "the mayor": the one person the story gives that role, when only one has it.
  // Without "the" it is a topic ("fire" is no call for the fire chief).
  const holders = /^the\s/i.test(focus) ? people.filter((person) => holdsRole(focus, person)) : [];
  if (holders.length === 1) return aboutPeople(holders);
  const topic = library.index.analyze(focus);
  const aboutTopic = candidates.filter((c) => holdsEveryWord(topic, c.terms));
  if (aboutTopic.length > 0) return aboutTopic;
  // Not words of the story: perhaps a name typed with a typo ("Amirabdolahian"), if it looks
  // like a name at all, so that "rice" is not taken for Price.
  const looksLikeAName = /^\p{Lu}/u.test(focus) || focus.length >= 7;
  const [misspelled, ...others] = looksLikeAName ? peopleNamed(focus, people) : [];
  if (misspelled && others.length === 0) return aboutPeople([misspelled]);
  // A topic typed with a typo ("sanctoins"), read as /ask reads a question.
  const corrected = library.index.correctTypos(focus);
  const aboutCorrected =
    corrected === focus
      ? []
      : candidates.filter((c) => holdsEveryWord(library.index.analyze(corrected), c.terms));
  if (aboutCorrected.length > 0) return aboutCorrected;
  // Last, a topic the story names only by another word for it: "focus:ship" for "the vessel".
  return aboutRelatedWords(library, candidates, focus);
}

/**
 * The sentences that hold every word of a topic, each word by itself or by one of WordNet's
 * other names for it (RELATED_WORDS; "ships" is looked up as "ship"). A word with none counts
 * only by itself, so a topic the story never mentions still finds nothing.
 */
function aboutRelatedWords<C extends FocusCandidate>(
  library: StoryLibrary,
  candidates: readonly C[],
  focus: string,
): C[] {
  const words = library.index.analyze(focus).filter((token) => !isAliasOnly(token));
  const namesOf = words.map((token) => {
    const typed = foldText(focus.slice(token.start, token.end)).toLowerCase();
    const others =
      RELATED_WORDS[typed] ??
      RELATED_WORDS[typed.replace(/e?s$/, "")] ??
      RELATED_WORDS[typed.slice(0, -1)] ??
      [];
    return [token, ...others.flatMap((word) => library.index.analyze(word))];
  });
  if (namesOf.every((names) => names.length === 1)) return [];
  return candidates.filter(
    (c) =>
      namesOf.length > 0 &&
      namesOf.every((names) => names.some((name) => name.terms.some((term) => c.terms.has(term)))),
  );
}

/**
 * Whether a sentence's terms hold every word of a topic ("heat stroke": both words, not either),
 * a word counting as held when an alias phrase over it is ("unmanned aerial vehicles" → drones).
 */
function holdsEveryWord(topic: readonly Token[], terms: ReadonlyMap<string, number>): boolean {
  const held = (token: Token) => token.terms.some((term) => terms.has(term));
  const phrases = topic.filter(isAliasOnly);
  const words = topic.filter((token) => !phrases.includes(token));
  return (
    words.length > 0 &&
    words.every(
      (word) =>
        held(word) ||
        phrases.some(
          (phrase) => phrase.start <= word.start && word.end <= phrase.end && held(phrase),
        ),
    )
  );
}

function saidBy(
  library: StoryLibrary,
  story: Story,
  candidate: FocusCandidate,
  name: string,
): boolean {
  return library
    .statementsOf(story)
    .statements.some(
      (s) =>
        s.paragraph === candidate.paragraph &&
        s.speaker.name === name &&
        holdsStatement(candidate.text, s.text),
    );
}
