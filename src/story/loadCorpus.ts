import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { UserFacingError } from "../errors.js";
import { mapConcurrently } from "../mapConcurrently.js";
import { decodeStoryFile } from "./decodeStoryFile.js";
import { isStoryFile, parseStory } from "./parseStory.js";
import { readStoryBytes } from "./readStoryBytes.js";
import type { Story } from "./types.js";

/**
 * Larger than any news story: a long read of 10,000 words is about 60 KB. Reading who said what in
 * a file this size already takes seconds, which a chat bot cannot stall for, so a bigger file is
 * taken for a mistake (a book, a dump) and skipped with a message.
 */
export const MAX_STORY_BYTES = 256 * 1024;

/** Problems the error for a corpus with no story names: a folder of 10,000 broken files is one line. */
const PROBLEMS_NAMED = 3;

/** Stories loaded at once (their files are read one by one; a parse may wait to write a cache). */
const FILES_AT_ONCE = 16;

/** A story file that could not be loaded, and why, in words for the user. */
export interface CorpusProblem {
  readonly file: string;
  readonly message: string;
}

export interface Corpus {
  readonly directory: string;
  readonly stories: readonly Story[];
  readonly problems: readonly CorpusProblem[];
}

/**
 * Loads every story file (.md, .markdown, .txt) of a folder, in file-name order. A file that cannot
 * be read or parsed becomes a problem naming it, and the other stories still load. Throws a
 * UserFacingError when the folder is missing or no story loads. `parse` reads each file's bytes
 * (by default: decodeStoryFile, then parseStory).
 */
/** Turns a story file's bytes into a story (a cache may answer from what it kept). */
export type ParseStoryFile = (file: string, bytes: Uint8Array) => Story | Promise<Story>;

const parseStoryFile: ParseStoryFile = (file, bytes) =>
  parseStory(file, decodeStoryFile(file, bytes));

export async function loadCorpus(
  directory: string,
  parse: ParseStoryFile = parseStoryFile,
): Promise<Corpus> {
  let names: string[];
  try {
    if (!(await stat(directory)).isDirectory()) throw new Error("not a directory");
    names = await readdir(directory);
  } catch {
    throw new UserFacingError(
      `The corpus folder ${directory} does not exist or is not a folder. Pass --corpus DIR or set CORPUS_DIR to a folder of stories.`,
    );
  }
  const files = names.filter(isStoryFile).sort();

  // A few stories at a time, so that a cold start's cache writes go on while the next stories are
  // read and parsed; kept in order.
  const read = await mapConcurrently(
    files,
    FILES_AT_ONCE,
    async (name): Promise<Story | { error: unknown }> => {
      const file = join(directory, name);
      try {
        return await parse(file, readStoryBytes(file, MAX_STORY_BYTES));
      } catch (error) {
        return { error };
      }
    },
  );

  const stories: Story[] = [];
  const problems: CorpusProblem[] = [];
  const byId = new Map<string, Story>();
  for (const [i, name] of files.entries()) {
    const file = join(directory, name);
    const result = read[i];
    if (!result || "error" in result) {
      problems.push({ file, message: describeLoadError(file, result?.error) });
      continue;
    }
    const twin = byId.get(result.id);
    if (twin) {
      problems.push({
        file,
        message: `${file} has the same name as ${twin.file}, so commands could not tell them apart. Rename one of them.`,
      });
      continue;
    }
    byId.set(result.id, result);
    stories.push(result);
  }
  if (stories.length === 0) {
    const named = problems.slice(0, PROBLEMS_NAMED).map((p) => ` ${p.message}`);
    const more = problems.length - named.length;
    const why = `${named.join("")}${more > 0 ? ` ${more.toLocaleString("en")} more story files could not be loaded either.` : ""}`;
    throw new UserFacingError(
      `No stories in ${directory}: add a .md or .txt news story there (see README, "Adding a story").${why}`,
    );
  }
  return { directory, stories, problems };
}

function describeLoadError(file: string, error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return `${file} could not be read${code ? ` (${code})` : ""}. Check that it is a readable file.`;
}
