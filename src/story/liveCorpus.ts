import { createHash } from "node:crypto";
import { type FSWatcher, watch } from "node:fs";
import { copyFile, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Logger } from "pino";
import { UserFacingError } from "../errors.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { decodeStoryFile } from "./decodeStoryFile.js";
import { MAX_STORY_BYTES } from "./loadCorpus.js";
import { isStoryFile, parseStory } from "./parseStory.js";
import { readStoryBytes } from "./readStoryBytes.js";
import { storyFileName } from "./storyFileName.js";
import type { Story } from "./types.js";

/**
 * Changes to a file are read this long after the last one: an editor saving a file, or a copy
 * landing, writes it in several steps.
 */
const SETTLE_MS = 300;

export interface LiveCorpusOptions {
  /** Where removed story files are moved (kept, not deleted). */
  readonly removedDir: string;
  readonly logger: Logger;
  readonly settleMs?: number;
}

/**
 * The corpus folder kept in step with a running library: stories added or removed from Discord are
 * written to (or moved out of) the folder and the library at once, and a file changed, added or
 * removed on disk is read again without a restart. A broken new version of a file keeps the old
 * story and logs why.
 */
export class LiveCorpus {
  readonly directory: string;
  readonly #library: StoryLibrary;
  readonly #options: LiveCorpusOptions;
  /** The bytes last taken from each file, so that a write Byline made itself is not read twice. */
  readonly #taken = new Map<string, string>();
  readonly #pending = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #watcher: FSWatcher | undefined;
  #settled: Promise<void> = Promise.resolve();

  constructor(directory: string, library: StoryLibrary, options: LiveCorpusOptions) {
    this.directory = directory;
    this.#library = library;
    this.#options = options;
  }

  /**
   * The story an uploaded file holds, read with the corpus's own parser and limits, without saving
   * it. Throws a UserFacingError naming the file and what is wrong.
   */
  preview(uploadedName: string, bytes: Uint8Array): Story {
    const name = storyFileName(uploadedName);
    if (bytes.byteLength > MAX_STORY_BYTES) {
      throw new UserFacingError(
        `${uploadedName} is ${Math.round(bytes.byteLength / 1024)} KB, more than a news story (the limit is ${MAX_STORY_BYTES / 1024} KB).`,
      );
    }
    return parseStory(name, decodeStoryFile(name, bytes));
  }

  /**
   * Saves an uploaded story into the folder (in place of a story with the same id) and the library.
   * The file is written whole or not at all (a temporary file, then renamed).
   */
  async save(uploadedName: string, bytes: Uint8Array): Promise<Story> {
    const name = storyFileName(uploadedName);
    this.preview(uploadedName, bytes); // the same checks, with the name as the user knows it
    const file = join(this.directory, name);
    const story = parseStory(file, decodeStoryFile(file, bytes));
    const twin = this.#twinOf(story, file);
    const temporary = join(this.directory, `.${name}.${process.pid}.tmp`);
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserFacingError(
        `Byline could not write the story into its corpus folder${code ? ` (${code})` : ""}. Ask whoever runs the bot to give it a corpus folder it can write (CORPUS_DIR).`,
      );
    }
    this.#taken.set(file, digest(bytes));
    // Another file with the same id ("budget.md" for "budget.txt") is replaced, not left as a twin.
    if (twin) await this.#moveOut(twin.file);
    this.#library.putStory(story);
    this.#options.logger.info({ story: story.id, file }, "story added");
    return story;
  }

  /** Moves a story's file out of the folder (into removedDir) and the story out of the library. */
  async remove(id: string): Promise<void> {
    const story = this.#library.story(id);
    this.#library.removeStory(id);
    try {
      await this.#moveOut(story.file);
    } catch (error) {
      this.#library.putStory(story);
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserFacingError(
        `Byline could not move the story's file out of its corpus folder${code ? ` (${code})` : ""}, so the story stays. Ask whoever runs the bot to check the corpus and data folders (CORPUS_DIR, DATA_DIR).`,
      );
    }
    this.#options.logger.info({ story: id, file: story.file }, "story removed");
  }

  /** Starts reading changes made to the folder by others (an editor, a copy, git pull). */
  watch(): void {
    if (this.#watcher) return;
    this.#watcher = watch(this.directory, (_event, name) => {
      if (!name || !isStoryFile(name)) return;
      this.#pending.add(join(this.directory, name));
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#settled = this.#settled.then(() => this.#readPending());
      }, this.#options.settleMs ?? SETTLE_MS);
    });
    this.#watcher.on("error", (error) =>
      this.#options.logger.error({ err: error, corpus: this.directory }, "corpus watch failed"),
    );
  }

  /** Resolves once the changes seen so far are read (for tests and a clean stop). */
  async settled(): Promise<void> {
    await this.#settled;
  }

  close(): void {
    clearTimeout(this.#timer);
    this.#watcher?.close();
    this.#watcher = undefined;
  }

  async #readPending(): Promise<void> {
    const files = [...this.#pending];
    this.#pending.clear();
    for (const file of files) await this.#readChanged(file);
  }

  async #readChanged(file: string): Promise<void> {
    const { logger } = this.#options;
    const current = this.#library.stories.find((story) => story.file === file);
    let bytes: Uint8Array;
    try {
      bytes = readStoryBytes(file, MAX_STORY_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        this.#taken.delete(file);
        if (!current) return;
        try {
          this.#library.removeStory(current.id);
          logger.info({ story: current.id, file }, "story file removed: story taken out");
        } catch (reason) {
          logger.warn({ story: current.id, file, reason: message(reason) }, "story kept");
        }
        return;
      }
      logger.warn({ file, reason: message(error) }, keptOrSkipped(current));
      return;
    }
    const hash = digest(bytes);
    if (this.#taken.get(file) === hash && current) return;
    let story: Story;
    try {
      story = parseStory(file, decodeStoryFile(file, bytes));
    } catch (error) {
      logger.warn({ file, reason: message(error) }, keptOrSkipped(current));
      return;
    }
    const twin = this.#twinOf(story, file);
    if (twin) {
      logger.warn(
        { file, reason: `${basename(file)} has the same name as ${twin.file}; rename one of them` },
        "story file skipped",
      );
      return;
    }
    this.#library.putStory(story);
    this.#taken.set(file, hash);
    logger.info(
      { story: story.id, file },
      current ? "story file changed: read again" : "story file added",
    );
  }

  /** A loaded story with this story's id from another file ("budget.md" for "budget.txt"). */
  #twinOf(story: Story, file: string): Story | undefined {
    const loaded = this.#library.find(story.id);
    return loaded && loaded.file !== file ? loaded : undefined;
  }

  async #moveOut(file: string): Promise<void> {
    const { removedDir } = this.#options;
    await mkdir(removedDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const kept = join(removedDir, `${stamp}-${basename(file)}`);
    try {
      await rename(file, kept);
    } catch (error) {
      // The data folder may be on another disk than the corpus.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      await copyFile(file, kept);
      await unlink(file);
    }
    this.#taken.delete(file);
  }
}

function digest(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function keptOrSkipped(current: Story | undefined): string {
  return current
    ? "story file could not be read: the last good version is kept"
    : "story file skipped";
}
