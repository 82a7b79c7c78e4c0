import type { Story } from "../story/types.js";
import { analyzeStory, type StoryStatements } from "./analyzeStory.js";

/** Runs in a worker thread (statementsPool.ts): who said what in one story, as plain data. */
export default function readStatements(story: Story): StoryStatements {
  return analyzeStory(story);
}

/** A file of the statements cache, read and checked on a worker thread (StatementsPool.readCached). */
export { readStatementsFile } from "../cache/statementsCache.js";
