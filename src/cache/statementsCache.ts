import { join } from "node:path";
import type { Logger } from "pino";
import { z } from "zod";
import type { StoryStatements } from "../statements/analyzeStory.js";
import type { Story } from "../story/types.js";
import { versionFolder } from "./cacheVersions.js";
import { readCheckedJson, sha256, writeCheckedJson } from "./checkedFile.js";

const SpeakerSchema = z.object({
  name: z.string(),
  role: z.string().optional(),
  kind: z.enum(["person", "organisation"]),
});
const StoryStatementsSchema = z.object({
  statements: z.array(
    z.object({
      story: z.string(),
      paragraph: z.number().int().positive(),
      kind: z.string(),
      text: z.string(),
      spans: z.array(z.tuple([z.number().int(), z.number().int()])),
      speaker: SpeakerSchema,
      cue: z.string(),
      runsOn: z.boolean().optional(),
      rule: z.string().optional(),
      via: z.string().optional(),
    }),
  ),
  people: z.array(
    z.object({
      name: z.string(),
      role: z.string().optional(),
      organisation: z.string().optional(),
      aliases: z.array(z.string()),
      paragraphs: z.array(z.number().int()),
    }),
  ),
});

/** What a file of the cache holds: statements, nothing (no such file), or "corrupt" (removed). */
export type CachedStatements = StoryStatements | "corrupt" | undefined;

type ReadStatementsFile = (file: string) => CachedStatements | Promise<CachedStatements>;

/**
 * The statements a file of the cache holds, if its checksum and shape are right; a file that is
 * not is removed and "corrupt" returned, for the caller to log.
 */
export function readStatementsFile(file: string): CachedStatements {
  let corrupt = false;
  const statements = readCheckedJson(
    file,
    (value) => {
      const checked = StoryStatementsSchema.safeParse(value);
      return checked.success ? (checked.data as StoryStatements) : undefined;
    },
    () => {
      corrupt = true;
    },
  );
  return corrupt ? "corrupt" : statements;
}

/**
 * Each story's statements on disk, one file per story in this version of Byline's folder
 * (versionFolder), named by a hash of the story as parsed: a changed story or a new Byline reads
 * it again, an unchanged one is loaded. A file that is not what Byline wrote (its checksum or its
 * shape wrong: cut short, edited, another format) is never used: it is logged, removed and read
 * again. Writing goes
 * through a temporary file and a rename, so a crash leaves no half-written entry. Failing to
 * read or write the cache never fails an answer; it only costs the time to read the story again.
 */
export class StatementsCache {
  readonly directory: string;
  readonly #logger: Logger | undefined;
  readonly #read: ReadStatementsFile;

  /**
   * `read` reads a file of the cache: in this thread by default, synchronously (a few files); the
   * bot's reads thousands, on a worker thread (StatementsPool.readCached).
   */
  constructor(directory: string, logger?: Logger, read: ReadStatementsFile = readStatementsFile) {
    this.directory = join(versionFolder(directory), "statements");
    this.#logger = logger;
    this.#read = read;
  }

  /** The story's statements as cached, or undefined (not cached, or not trusted). */
  async get(story: Story): Promise<StoryStatements | undefined> {
    const file = this.#fileOf(story);
    const found = await this.#read(file);
    if (found !== "corrupt") return found;
    this.#logger?.warn(
      { story: story.id, file },
      "statements cache entry is corrupt; reading the story again",
    );
    return undefined;
  }

  put(story: Story, statements: StoryStatements): Promise<void> {
    return writeCheckedJson(this.#fileOf(story), statements, (error) =>
      this.#logger?.warn({ err: error, story: story.id }, "could not write the statements cache"),
    );
  }

  #fileOf(story: Story): string {
    const { file: _, ...parsed } = story;
    return join(this.directory, `${sha256(JSON.stringify(parsed))}.json`);
  }
}
