import type { Logger } from "pino";
import type { StatementsCache } from "../cache/statementsCache.js";
import { mapConcurrently } from "../mapConcurrently.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import type { StoryStatements } from "./analyzeStory.js";
import type { StatementsPool } from "./statementsPool.js";

/** Log a progress line every this many stories while reading a large library. */
const PROGRESS_EVERY = 1000;
/** Stories read at once by readAll: enough to keep the worker threads and the disk busy. */
const CONCURRENT_STORIES = 8;

/**
 * Fills a library with its stories' statements without blocking the caller's thread: each story
 * from the cache when it is there, else read on a worker thread (and then cached). A story asked
 * for twice while being read is read once.
 */
export class StatementReader {
  readonly #library: StoryLibrary;
  readonly #pool: StatementsPool;
  readonly #cache: StatementsCache | undefined;
  readonly #logger: Logger;
  /** By story version: a story replaced while it is read is read again. */
  readonly #reading = new Map<Story, Promise<void>>();
  /** Set by stop: readAll takes no more stories, and the pool's aborted readings are not errors. */
  #stopped = false;

  constructor(
    library: StoryLibrary,
    pool: StatementsPool,
    cache: StatementsCache | undefined,
    logger: Logger,
  ) {
    this.#library = library;
    this.#pool = pool;
    this.#cache = cache;
    this.#logger = logger;
  }

  /** Whether some of these stories' statements are not in the library yet. */
  missing(stories: readonly Story[]): boolean {
    return (
      !this.#library.allStatementsRead &&
      stories.some((story) => this.#library.cachedStatementsOf(story) === undefined)
    );
  }

  /** Resolves once every one of `stories` has its statements in the library. */
  async read(stories: readonly Story[]): Promise<void> {
    await Promise.all(stories.map((story) => this.#readOne(story)));
  }

  /** A story's statements read on a worker thread, not kept (a story not saved yet: a preview). */
  readUnsaved(story: Story): Promise<StoryStatements> {
    return this.#pool.read(story);
  }

  /**
   * Reads every story of the library, a few at a time (so that thousands of cache files are not
   * opened at once), logging progress on a large library and the total at the end. A story that
   * cannot be read is logged and left to be read, or to fail, when a command asks for it.
   */
  async readAll(): Promise<void> {
    const stories = this.#library.stories;
    const started = performance.now();
    let fromCache = 0;
    await mapConcurrently(stories, CONCURRENT_STORIES, async (story, i) => {
      if (this.#stopped) return;
      try {
        if (await this.#readOne(story)) fromCache++;
      } catch (error) {
        if (this.#stopped) return;
        this.#logger.error(
          { err: error, story: story.id },
          "could not read the story's statements",
        );
      }
      if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < stories.length)
        this.#logger.info({ read: i + 1, stories: stories.length }, "reading statements");
    });
    if (this.#stopped) return;
    this.#logger.info(
      { stories: stories.length, fromCache, ms: Math.round(performance.now() - started) },
      "statements read",
    );
  }

  /** Stops readAll (the bot is stopping): the stories being read are left. */
  stop(): void {
    this.#stopped = true;
  }

  /** Resolves true when the statements came from the cache. */
  #readOne(story: Story): Promise<boolean> {
    if (this.#library.cachedStatementsOf(story)) return Promise.resolve(false);
    const pending = this.#reading.get(story);
    if (pending) return pending.then(() => false);
    let cached = false;
    const reading = (async () => {
      let statements: StoryStatements | undefined = await this.#cache?.get(story);
      cached = statements !== undefined;
      if (!statements) {
        statements = await this.#pool.read(story);
        await this.#cache?.put(story, statements);
      }
      this.#library.adoptStatements(story, statements);
    })().finally(() => this.#reading.delete(story));
    this.#reading.set(story, reading);
    return reading.then(() => cached);
  }
}
