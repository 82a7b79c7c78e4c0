import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { projectRoot } from "../src/projectRoot.js";

const ROOT = projectRoot();
export const QUESTIONS_DIR = join(ROOT, "tests/fixtures/questions");
export const STATEMENTS_DIR = join(ROOT, "tests/fixtures/statements");
const STORY_DIRS = [join(ROOT, "corpus"), join(ROOT, "tests/fixtures/stories")];

/** The labelled stories: each question set with the story file it is about. */
export async function labelledStories(): Promise<{ questions: string; story: string }[]> {
  const sets = (await readdir(QUESTIONS_DIR)).filter((name) => name.endsWith(".json")).sort();
  const pairs = [];
  for (const set of sets) {
    const id = set.replace(/\.json$/, "");
    let story: string | undefined;
    for (const dir of STORY_DIRS) {
      const match = (await readdir(dir)).find((name) => name.replace(/\.[^.]+$/, "") === id);
      if (match) story = join(dir, match);
    }
    if (!story) throw new Error(`No story file for question set ${set}`);
    pairs.push({ questions: join(QUESTIONS_DIR, set), story });
  }
  return pairs;
}
