import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { decodeStoryFile } from "../src/story/decodeStoryFile.js";
import { parseStory } from "../src/story/parseStory.js";
import type { Story } from "../src/story/types.js";
import { StoryLibrary } from "../src/storyLibrary.js";

const ROOT = join(import.meta.dirname, "..");

/** The bundled story, as shipped in corpus/. */
export const SEED_STORY = join(ROOT, "corpus/putin-visits-tehran.txt");

/** A fixture story by file name, e.g. "chip-export-rules.txt". */
export function fixturePath(name: string): string {
  return join(ROOT, "tests/fixtures/stories", name);
}

/** A story from tests/fixtures/more-stories: stories written after the rules, to check they carry over. */
export function moreStoryPath(name: string): string {
  return join(ROOT, "tests/fixtures/more-stories", name);
}

export function readStory(path: string): Story {
  return parseStory(path, decodeStoryFile(path, readFileSync(path)));
}

/** A library of the given story files, parsed as Byline loads them. */
export function libraryOf(...paths: string[]): StoryLibrary {
  return new StoryLibrary(paths.map(readStory));
}

/**
 * Questions as readers might put them to the bundled story: its own words (names, places,
 * "drones", "sanctions") mixed with words it never prints, so answers range from none through
 * closest passages to a confident one.
 */
export const bundledStoryQuestion: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "what did", "how many", "where is", "who said", "why did", "when will"),
    fc.array(
      fc.constantFrom(
        "Putin",
        "Sullivan",
        "Tehran",
        "Moscow",
        "drones",
        "UAVs",
        "Russia",
        "sanctions",
        "Erdogan",
        "Syria",
        "accusations",
        "provide",
        "pizza",
        "weather",
        "football",
        "breakfast",
        "election",
        "price",
        "oil",
      ),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([lead, words]) => `${lead} ${words.join(" ")}?`.trim());
