import type { Person } from "../statements/types.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { clipAtWord } from "../text/clip.js";
import { foldText } from "../text/fold.js";
import { candidateStories } from "./candidateStories.js";

/** One suggestion for an option being typed: the label shown and the value it fills in. */
export interface Suggestion {
  readonly name: string;
  readonly value: string | number;
}

/** As many suggestions as Discord shows. */
export const MAX_SUGGESTIONS = 25;
/** Discord's limit on a choice's label and on a text choice's value. */
export const MAX_SUGGESTION_LENGTH = 100;

/**
 * The people of the story (or of the stories that match what is typed), those whose name or
 * alias contains the typed text first. What was typed stays the first choice.
 */
export function suggestPeople(
  library: StoryLibrary,
  typed: string,
  storyId?: string,
): Suggestion[] {
  if (oneStory(library, storyId)) {
    const people = peopleOf(library, readableStories(library, typed, storyId));
    return typedFirst(typed, personChoices(people, typed));
  }
  return typedFirst(typed, tabledPeople(library, typed).map(personChoice));
}

/**
 * Across many stories, the people whose names start as typed (the most mentioned first), from the
 * library's table of people (PeopleTable) rather than a search of the stories on each keystroke.
 */
function tabledPeople(library: StoryLibrary, typed: string): Person[] {
  // The same person in several stories is one choice: enough to fill the list once they merge.
  return library.people.find(typed, MAX_SUGGESTIONS * 4).map((found) => found.person);
}

function peopleOf(library: StoryLibrary, stories: readonly Story[]): Person[] {
  return stories.flatMap((story) => library.cachedStatementsOf(story)?.people ?? []);
}

/** The people whose name or an alias contains the typed text, labelled with their roles. */
function personChoices(people: readonly Person[], typed: string): Suggestion[] {
  const wanted = foldText(typed.trim());
  return people
    .filter(
      (person) => wanted === "" || person.aliases.some((alias) => foldText(alias).includes(wanted)),
    )
    .map(personChoice);
}

function personChoice(person: Person): Suggestion {
  return {
    name: person.role ? `${person.name} — ${person.role}` : person.name,
    value: person.name,
  };
}

/** Statements of the story whose words contain every typed word, as the start of the quote. */
export function suggestStatements(
  library: StoryLibrary,
  typed: string,
  storyId?: string,
): Suggestion[] {
  const words = foldText(typed).split(/\W+/).filter(Boolean);
  const statements = readableStories(library, typed, storyId).flatMap(
    (story) => library.cachedStatementsOf(story)?.statements ?? [],
  );
  return typedFirst(
    typed,
    statements
      .filter((statement) => {
        const folded = foldText(statement.text);
        return words.every((word) => folded.includes(word));
      })
      .map((statement) => {
        const opening = clip(statement.text, MAX_SUGGESTION_LENGTH, "");
        return { name: clip(`${statement.speaker.name}: ${statement.text}`), value: opening };
      }),
  );
}

/**
 * Paragraph numbers with a preview: the typed number first, then the paragraphs that match the
 * typed words (or, with nothing typed, the first paragraphs in order).
 */
export function suggestParagraphs(
  library: StoryLibrary,
  typed: string,
  storyId?: string,
): Suggestion[] {
  const story = library.stories.length === 1 || storyId ? library.story(storyId) : undefined;
  const text = typed.trim();
  const preview = (found: Story, paragraph: number) => ({
    name: clip(
      `${story ? "" : `${found.id} `}¶${paragraph} ${found.body[paragraph - 1]?.text ?? ""}`,
    ),
    value: paragraph,
  });
  if (/^\d+$/.test(text)) {
    if (!story) return [{ name: `¶${Number(text)}`, value: Number(text) }];
    const numbers = story.body
      .map((paragraph) => paragraph.number)
      .filter((number) => String(number).startsWith(String(Number(text))));
    return numbers.map((number) => preview(story, number));
  }
  if (text === "")
    return story ? story.body.map((paragraph) => preview(story, paragraph.number)) : [];
  return library.index
    .search(text, {
      limit: MAX_SUGGESTIONS,
      onlyMatching: true,
      ...(story ? { story: story.id } : {}),
    })
    .hits.filter((hit) => !story || hit.story === story.id)
    .map((hit) => preview(library.story(hit.story), hit.paragraph));
}

/** What a summary can focus on: the story's people, then its most telling words. */
export function suggestFocus(library: StoryLibrary, typed: string, storyId?: string): Suggestion[] {
  const wanted = foldText(typed.trim());
  const one = oneStory(library, storyId);
  // Across many stories, topics come once a word is typed: a story's topics are its own.
  const stories = one || wanted !== "" ? readableStories(library, typed, storyId) : [];
  const people = one ? peopleOf(library, stories) : tabledPeople(library, typed);
  const names = new Set(people.flatMap((person) => person.aliases.map(foldText)));
  const topics = stories
    .flatMap((story) => topicsOf(library, story))
    .filter((topic) => !names.has(foldText(topic)))
    .filter((topic) => wanted === "" || foldText(topic).startsWith(wanted))
    .map((topic) => ({ name: topic, value: topic }));
  return typedFirst(typed, [...personChoices(people, typed), ...topics]);
}

/**
 * The loaded stories whose id or title holds what is typed; when the command's other options say
 * what it is about (a question, a quote, a focus), the stories whose paragraphs match that best
 * come first, so that with many stories loaded the likeliest are offered, not the first by name.
 */
export function suggestStories(library: StoryLibrary, typed: string, about = ""): Suggestion[] {
  const wanted = foldText(typed.trim());
  const rank = new Map<string, number>();
  if (about.trim() !== "" && library.stories.length > 1) {
    for (const hit of library.index.searchAll(about)) {
      if (!rank.has(hit.story)) rank.set(hit.story, rank.size);
    }
  }
  return library.stories
    .filter(
      (story) => foldText(story.id).includes(wanted) || foldText(story.title).includes(wanted),
    )
    .map((story, order) => ({ story, order: rank.get(story.id) ?? rank.size + order }))
    .sort((a, b) => a.order - b.order)
    .map(({ story }) => ({ name: clip(`${story.id} — ${story.title}`), value: story.id }));
}

const topicCache = new WeakMap<Story, readonly string[]>();
const TOPIC_COUNT = 15;

/**
 * A story's topics: its words that come back in two paragraphs or more, ranked by how many
 * paragraphs hold them and how rare they are across all stories.
 */
function topicsOf(library: StoryLibrary, story: Story): readonly string[] {
  const cached = topicCache.get(story);
  if (cached) return cached;
  const byTerm = new Map<string, { paragraphs: Set<number>; forms: Map<string, number> }>();
  for (const paragraph of story.body) {
    for (const token of library.index.analyze(paragraph.text)) {
      const term = token.terms[0];
      const form = paragraph.text.slice(token.start, token.end);
      if (!term || term.startsWith("alias:") || /\d/.test(term) || form.length < 4) continue;
      const entry = byTerm.get(term) ?? { paragraphs: new Set(), forms: new Map() };
      entry.paragraphs.add(paragraph.number);
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      byTerm.set(term, entry);
    }
  }
  const topics = [...byTerm]
    .filter(([, entry]) => entry.paragraphs.size >= 2)
    .map(([term, entry]) => ({
      form: [...entry.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? term,
      weight: entry.paragraphs.size * library.index.inverseDocumentFrequency(term),
    }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, TOPIC_COUNT)
    .map((topic) => topic.form.replace(/['’]s$/, ""));
  const unique = [...new Map(topics.map((topic) => [foldText(topic), topic])).values()];
  topicCache.set(story, unique);
  return unique;
}

/**
 * The stories whose statements a suggestion may read without delay: the one named or the only
 * one, read now; among many, the best matches already read (the rest are read in the background),
 * or with nothing typed the first stories read.
 */
function readableStories(library: StoryLibrary, typed: string, storyId?: string): Story[] {
  if (oneStory(library, storyId)) {
    const story = library.story(storyId);
    library.statementsOf(story);
    return [story];
  }
  const read = (story: Story) => library.cachedStatementsOf(story) !== undefined;
  // With nothing typed, the first stories: enough to fill the list, not every story's statements.
  if (!typed.trim()) return library.stories.filter(read).slice(0, MAX_SUGGESTIONS);
  return candidateStories(library, typed).filter(read);
}

/** Whether suggestions come from one story: the one named, or the only one. */
function oneStory(library: StoryLibrary, storyId?: string): boolean {
  return Boolean(storyId) || library.stories.length === 1;
}

/** The typed text as the first choice, then the rest without repeats, cut to Discord's count. */
function typedFirst(typed: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const text = typed.trim();
  const first = text ? [{ name: clip(text), value: clip(text, MAX_SUGGESTION_LENGTH, "") }] : [];
  const seen = new Set<string | number>();
  return [...first, ...suggestions]
    .filter((choice) => !seen.has(choice.value) && seen.add(choice.value))
    .slice(0, MAX_SUGGESTIONS);
}

/** Text cut at a word to fit a choice, with an ellipsis when cut. */
function clip(text: string, max = MAX_SUGGESTION_LENGTH, ellipsis = "…"): string {
  return clipAtWord(text.replace(/\s+/g, " ").trim(), max, ellipsis);
}
