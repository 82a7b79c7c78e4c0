import { constants, setPriority } from "node:os";
import type { Story } from "../story/types.js";
import { analyzeStory, type StoryStatements } from "./analyzeStory.js";

// On Linux a nice value is a thread's own (setpriority(2), "Bugs"), so this worker's reading gives
// way to the thread that talks to Discord when the cores are busy. Elsewhere it would lower the
// whole process, so it is left alone.
if (process.platform === "linux") {
  try {
    setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here: read at the same priority.
  }
}

/** Runs in a worker thread (statementsPool.ts): who said what in one story, as plain data. */
export default function readStatements(story: Story): StoryStatements {
  return analyzeStory(story);
}

/** A file of the statements cache, read and checked on a worker thread (StatementsPool.readCached). */
export { readStatementsFile } from "../cache/statementsCache.js";
