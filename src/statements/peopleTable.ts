import SearchableMap from "minisearch/SearchableMap";
import { foldText } from "../text/fold.js";
import type { Person } from "./types.js";

/** A person as one story names them. */
export interface StoryPerson {
  readonly story: string;
  readonly person: Person;
}

/** An entry of the table: a person, with the folded words of their names. */
interface Entry extends StoryPerson {
  readonly words: readonly string[];
}

/**
 * The people of every story whose statements are read, by each word of their names and aliases,
 * kept up to date as stories are read, replaced and removed: a name typed in autocomplete is
 * looked up in a few microseconds however many stories are loaded, instead of searching the
 * stories and reading each one's people on every keystroke.
 */
export class PeopleTable {
  /** Folded word of a name or alias → the people it names. */
  readonly #byWord = new SearchableMap<Entry[]>();
  readonly #byStory = new Map<string, Entry[]>();
  /** Everyone, most mentioned first; worked out when asked for after a change. */
  #ranked: Entry[] | undefined;

  /** Puts a story's people in the table, in place of those it had. */
  set(story: string, people: readonly Person[]): void {
    this.remove(story);
    const entries = people.map((person) => ({ story, person, words: [...wordsOf(person)] }));
    this.#byStory.set(story, entries);
    for (const entry of entries) {
      for (const word of entry.words) {
        const list = this.#byWord.get(word);
        if (list) list.push(entry);
        else this.#byWord.set(word, [entry]);
      }
    }
    this.#ranked = undefined;
  }

  remove(story: string): void {
    const entries = this.#byStory.get(story);
    if (!entries) return;
    this.#byStory.delete(story);
    for (const entry of entries) {
      for (const word of entry.words) {
        const left = (this.#byWord.get(word) ?? []).filter((other) => other !== entry);
        if (left.length > 0) this.#byWord.set(word, left);
        else this.#byWord.delete(word);
      }
    }
    this.#ranked = undefined;
  }

  /**
   * The people one of whose names has a word starting with each typed word ("dan ru" finds Dana
   * Ruiz), or everyone when nothing is typed; the most mentioned first, at most `limit`.
   */
  find(typed: string, limit: number): StoryPerson[] {
    const [first, ...rest] = foldedWords(typed);
    const asFound = ({ story, person }: Entry): StoryPerson => ({ story, person });
    if (first === undefined) return this.#everyone().slice(0, limit).map(asFound);
    const found = new Set<Entry>();
    for (const [, entries] of this.#byWord.atPrefix(first)) {
      for (const entry of entries) {
        if (rest.every((word) => entry.words.some((w) => w.startsWith(word)))) found.add(entry);
      }
    }
    return mostMentioned(found, limit).map(asFound);
  }

  #everyone(): Entry[] {
    this.#ranked ??= [...this.#byStory.values()].flat().sort(byMentions);
    return this.#ranked;
  }
}

/**
 * The `limit` entries with the most mentions, in that order (ties in the order given, as a stable
 * sort gives them): three letters typed match thousands of people at 10,000 stories, and sorting
 * them all on every keystroke was most of autocomplete's work.
 */
function mostMentioned(entries: Iterable<Entry>, limit: number): Entry[] {
  const best: Entry[] = [];
  for (const entry of entries) {
    const last = best[best.length - 1];
    if (best.length >= limit && last && byMentions(last, entry) <= 0) continue;
    let at = best.length;
    while (at > 0 && byMentions(best[at - 1] as Entry, entry) > 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

function byMentions(a: StoryPerson, b: StoryPerson): number {
  return b.person.paragraphs.length - a.person.paragraphs.length;
}

/** The folded words of a person's name and aliases. */
function wordsOf(person: Person): Set<string> {
  return new Set([person.name, ...person.aliases].flatMap((name) => foldedWords(name)));
}

function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
