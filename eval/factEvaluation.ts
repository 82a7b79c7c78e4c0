import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { projectRoot } from "../src/projectRoot.js";
import { countWords, summarizeStory } from "../src/summary/summarizeStory.js";
import { loadStoryLibrary } from "./askEvaluation.js";

const ROOT = projectRoot();
/** Key facts editors wrote down, before reading Byline's summaries, for stories it had not seen. */
export const SUMMARY_FACTS = join(ROOT, "tests/fixtures/summary-facts.json");
const STORY_DIRS = [join(ROOT, "corpus"), join(ROOT, "tests/fixtures/more-stories")];

const FactsSchema = z.record(
  z.string(),
  z.array(z.object({ fact: z.string(), pattern: z.string() })).min(1),
);

export interface FactScore {
  readonly story: string;
  readonly facts: number;
  /** The facts the short summary gives. */
  readonly given: readonly string[];
  readonly missed: readonly string[];
  readonly words: number;
}

/**
 * How many of the facts an editor asked of a 90-word summary `/summary length:short` gives: a
 * fact is given when a summary sentence matches its pattern.
 */
export async function scoreSummaryFacts(file = SUMMARY_FACTS): Promise<FactScore[]> {
  const stories = FactsSchema.parse(JSON.parse(await readFile(file, "utf8")));
  const scores: FactScore[] = [];
  for (const [name, facts] of Object.entries(stories)) {
    const library = await loadStoryLibrary(await storyFile(name));
    const sentences = summarizeStory(library, { length: "short" }).sentences;
    const text = sentences.map((s) => s.text).join("\n");
    const given = facts.filter((f) => new RegExp(f.pattern, "iu").test(text)).map((f) => f.fact);
    scores.push({
      story: name.replace(/\.[^.]+$/, ""),
      facts: facts.length,
      given,
      missed: facts.map((f) => f.fact).filter((fact) => !given.includes(fact)),
      words: sentences.reduce((n, s) => n + countWords(s.text), 0),
    });
  }
  return scores;
}

async function storyFile(name: string): Promise<string> {
  for (const dir of STORY_DIRS) {
    const path = join(dir, name);
    try {
      await access(path);
      return path;
    } catch {}
  }
  throw new Error(`No story file ${name} in corpus/ or tests/fixtures/more-stories/`);
}
