import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { CachedStatements } from "../cache/statementsCache.js";
import type { Story } from "../story/types.js";
import type { StoryStatements } from "./analyzeStory.js";

/**
 * Worker threads that read who said what in stories, so that a long story (seconds for 250 KB)
 * never holds up the thread that talks to Discord. One thread fewer than the machine has cores
 * (at least one): the main thread keeps one for the gateway and the commands.
 */
export class StatementsPool {
  readonly #pool: Piscina<Story | string, StoryStatements | CachedStatements>;

  constructor(threads = Math.max(1, availableParallelism() - 1)) {
    const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
    const worker = new URL(`./statementsWorker${extension}`, import.meta.url);
    this.#pool = new Piscina({
      filename: worker.href,
      minThreads: 0,
      maxThreads: threads,
      // Run from source (the tests, `tsx`), the worker needs tsx's loader as well.
      ...(worker.pathname.endsWith(".ts") ? { execArgv: ["--import", "tsx"] } : {}),
    });
  }

  /** Who said what in `story`, read on a worker thread. */
  read(story: Story): Promise<StoryStatements> {
    return this.#pool.run(story) as Promise<StoryStatements>;
  }

  /**
   * A file of the statements cache, read, parsed and checked on a worker thread: the thread that
   * talks to Discord only takes in the statements (a warm start reads 10,000 such files while
   * people ask; on that thread they were some 4 s of its time).
   */
  readCached(file: string): Promise<CachedStatements> {
    return this.#pool.run(file, { name: "readStatementsFile" }) as Promise<CachedStatements>;
  }

  /** Waits for the stories being read, then ends the threads. */
  async close(): Promise<void> {
    await this.#pool.close();
  }
}
