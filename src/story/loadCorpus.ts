import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { UserFacingError } from "../errors.js";
import { decodeStoryFile } from "./decodeStoryFile.js";
import { parseStory, STORY_EXTENSIONS } from "./parseStory.js";
import { readStoryBytes } from "./readStoryBytes.js";
import type { Story } from "./types.js";

/**
 * Larger than any news story: a long read of 10,000 words is about 60 KB. Reading who said what in
 * a file this size already takes seconds, which a chat bot cannot stall for, so a bigger file is
 * taken for a mistake (a book, a dump) and skipped with a message.
 */
export const MAX_STORY_BYTES = 256 * 1024;

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
 * UserFacingError when the folder is missing or no story loads.
 */
export async function loadCorpus(directory: string): Promise<Corpus> {
  let names: string[];
  try {
    if (!(await stat(directory)).isDirectory()) throw new Error("not a directory");
    names = await readdir(directory);
  } catch {
    throw new UserFacingError(
      `The corpus folder ${directory} does not exist or is not a folder. Pass --corpus DIR or set CORPUS_DIR to a folder of stories.`,
    );
  }
  const files = names
    .filter(
      (name) =>
        !name.startsWith(".") &&
        (STORY_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()),
    )
    .sort();

  const stories: Story[] = [];
  const problems: CorpusProblem[] = [];
  for (const name of files) {
    const file = join(directory, name);
    try {
      const bytes = await readStoryBytes(file, MAX_STORY_BYTES);
      const story = parseStory(file, decodeStoryFile(file, bytes));
      const twin = stories.find((other) => other.id === story.id);
      if (twin) {
        throw new UserFacingError(
          `${file} has the same name as ${twin.file}, so commands could not tell them apart. Rename one of them.`,
        );
      }
      stories.push(story);
    } catch (error) {
      problems.push({ file, message: describeLoadError(file, error) });
    }
  }
  if (stories.length === 0) {
    const why = problems.length > 0 ? ` ${problems.map((p) => p.message).join(" ")}` : "";
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
