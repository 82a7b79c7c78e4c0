import { basename } from "node:path";
import { UserFacingError } from "./errors.js";
import { type IndexOptions, StoryIndex } from "./search/storyIndex.js";
import { analyzeStory, type StoryStatements } from "./statements/analyzeStory.js";
import { PeopleTable } from "./statements/peopleTable.js";
import type { StatementRule } from "./statements/types.js";
import { type Corpus, type CorpusProblem, loadCorpus } from "./story/loadCorpus.js";
import type { Story } from "./story/types.js";
import { editDistance } from "./text/editDistance.js";

/**
 * The loaded stories and their search index: what every command answers from. Stories may be
 * added, replaced and removed while the bot runs (/story add, a file changed on disk).
 */
export class StoryLibrary {
  readonly problems: readonly CorpusProblem[];
  readonly index: StoryIndex;
  /** In file-name order, as loadCorpus reads them. */
  #stories: readonly Story[];
  readonly #byId: Map<string, Story>;
  readonly #statements = new Map<string, StoryStatements>();
  /** The ids of the stories whose statements are not read yet. */
  readonly #unread: Set<string>;
  /** The people of the stories whose statements are read, by name, for autocomplete. */
  readonly people = new PeopleTable();

  readonly #withoutRules: ReadonlySet<StatementRule>;

  constructor(
    stories: readonly Story[],
    problems: readonly CorpusProblem[] = [],
    /** Readings of who said what left out, to measure what each adds (eval only). */
    withoutRules: ReadonlySet<StatementRule> = new Set(),
    indexOptions: IndexOptions = {},
  ) {
    if (stories.length === 0)
      throw new UserFacingError("No stories to answer from: add a story to the corpus folder.");
    this.#stories = stories;
    this.problems = problems;
    this.#byId = new Map(stories.map((story) => [story.id, story]));
    this.#unread = new Set(this.#byId.keys());
    this.index = new StoryIndex(stories, indexOptions);
    this.#withoutRules = withoutRules;
  }

  static fromCorpus(corpus: Corpus, indexOptions: IndexOptions = {}): StoryLibrary {
    return new StoryLibrary(corpus.stories, corpus.problems, new Set(), indexOptions);
  }

  static async load(directory: string): Promise<StoryLibrary> {
    return StoryLibrary.fromCorpus(await loadCorpus(directory));
  }

  get stories(): readonly Story[] {
    return this.#stories;
  }

  /** Adds a story, or puts a new version in place of the story with its id, indexed at once. */
  putStory(story: Story): void {
    this.index.addStory(story);
    this.#statements.delete(story.id);
    this.#unread.add(story.id);
    this.people.remove(story.id);
    this.#byId.set(story.id, story);
    this.#stories = [...this.#stories.filter((s) => s.id !== story.id), story].sort(byFileName);
  }

  /**
   * Takes a story out. The last story stays: every command needs one, so it is replaced rather
   * than removed (throws a UserFacingError saying so).
   */
  removeStory(id: string): void {
    this.story(id); // throws, naming the closest stories, when there is none
    if (this.#stories.length === 1)
      throw new UserFacingError(
        `"${id}" is the only story loaded, and Byline needs one to answer from. Add another story first.`,
      );
    this.index.removeStory(id);
    this.#statements.delete(id);
    this.#unread.delete(id);
    this.people.remove(id);
    this.#byId.delete(id);
    this.#stories = this.#stories.filter((story) => story.id !== id);
  }

  /**
   * The story called `id`, or the only story when no id is given. Throws a UserFacingError that
   * lists the stories when the id is unknown, or when several are loaded and none was named.
   */
  story(id?: string): Story {
    if (id === undefined || id === "") {
      const [only, ...others] = this.stories;
      if (only && others.length === 0) return only;
      throw new UserFacingError(
        `${this.stories.length} stories are loaded; name one with story: (${this.#ids()})${this.stories.length > NAMED_IN_ERRORS ? ", or a moderator can choose this server's default with /story use" : ""}.`,
      );
    }
    const story = this.#byId.get(id);
    if (!story) throw new UserFacingError(`No story called "${id}". Loaded: ${this.#ids(id)}.`);
    return story;
  }

  /** The story called `id`, or undefined when none is loaded. */
  find(id: string): Story | undefined {
    return this.#byId.get(id);
  }

  /** Who said what in a story, worked out on first use and kept. */
  statementsOf(story: Story): StoryStatements {
    let found = this.#statements.get(story.id);
    if (!found) {
      found = analyzeStory(story, this.#withoutRules);
      this.#keepStatements(story, found);
    }
    return found;
  }

  /** Keeps statements read elsewhere (a worker thread, the cache) as the story's own. */
  adoptStatements(story: Story, statements: StoryStatements): void {
    if (this.#withoutRules.size > 0) return; // an ablation reads every story itself
    if (this.#byId.get(story.id) !== story) return; // read from a version since replaced
    if (!this.#statements.has(story.id)) this.#keepStatements(story, statements);
  }

  #keepStatements(story: Story, statements: StoryStatements): void {
    this.#statements.set(story.id, statements);
    this.#unread.delete(story.id);
    this.people.set(story.id, statements.people);
  }

  /**
   * Whether every story's statements are read: asked by every command, so not a pass over ten
   * thousand stories each time.
   */
  get allStatementsRead(): boolean {
    return this.#unread.size === 0;
  }

  /** A story's statements if they have been read already, without reading them. */
  cachedStatementsOf(story: Story): StoryStatements | undefined {
    return this.#statements.get(story.id);
  }

  /** The stories a command reads: the one named, or all of them. */
  storiesFor(id?: string): readonly Story[] {
    return id ? [this.story(id)] : this.stories;
  }

  /**
   * The stories' ids for an error message: all of a few; of many, the NAMED_IN_ERRORS closest to
   * what was typed (or the first) and how many more, never a wall of ids.
   */
  #ids(typed?: string): string {
    const ids = this.stories.map((story) => story.id);
    if (ids.length <= NAMED_IN_ERRORS) return ids.join(", ");
    const wanted = typed?.toLowerCase() ?? "";
    // Each id's distance once, not once per comparison of the sort.
    const closest = wanted
      ? ids
          .map((id) => ({ id, distance: editDistance(wanted, id, LIMIT) }))
          .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
          .map(({ id }) => id)
      : ids;
    const rest = ids.length - NAMED_IN_ERRORS;
    return `${closest.slice(0, NAMED_IN_ERRORS).join(", ")} and ${rest} more; type story: to search them`;
  }
}

/** Story ids an error names at most. */
const NAMED_IN_ERRORS = 5;
/** Edits past which two ids are simply far apart. */
const LIMIT = 40;

/** loadCorpus's order: by file name. */
function byFileName(a: Story, b: Story): number {
  const [x, y] = [basename(a.file), basename(b.file)];
  return x < y ? -1 : x > y ? 1 : 0;
}
