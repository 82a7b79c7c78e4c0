import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { SUMMARY_TARGETS, summarizeStory } from "../../src/summary/summarizeStory.js";
import { FENWICK_LIBRARY } from "../fixtures/fenwickLibrary.js";

const fenwick = new StoryLibrary([parseStory("fenwick-library.txt", FENWICK_LIBRARY)]);
const paragraphsOf = (length: "short" | "medium" | "long") =>
  summarizeStory(fenwick, { length }).sentences.map((s) => s.paragraph);
const lastParagraph = FENWICK_LIBRARY.split("\n\n").length;

describe("medium and long summaries: the story's later turns", () => {
  it("GIVEN a story whose last paragraph reverses the lead's news WHEN summarised long THEN the reversal is in it, beside the lede", () => {
    const summary = summarizeStory(fenwick, { length: "long" });
    const texts = summary.sentences.map((s) => s.text);
    expect(summary.sentences[0]?.paragraph).toBe(1);
    expect(summary.sentences.at(-1)?.paragraph).toBe(lastParagraph);
    expect(texts.join(" ")).toMatch(/reversed its decision, voting 5-2 to keep the library open/);
    expect(texts.reduce((n, t) => n + t.split(/\s+/).length, 0)).toBeLessThanOrEqual(
      SUMMARY_TARGETS.long.words,
    );
  });

  it("GIVEN the same story WHEN summarised medium THEN it goes past the lead to the lawsuit filed later", () => {
    expect(paragraphsOf("medium")).toContain(lastParagraph - 1);
  });

  it("GIVEN a medium or long summary THEN it holds the short summary whole and adds to it", () => {
    const short = paragraphsOf("short");
    for (const length of ["medium", "long"] as const) {
      expect(paragraphsOf(length)).toEqual(expect.arrayContaining(short));
      expect(paragraphsOf(length).length).toBeGreaterThan(short.length);
    }
  });

  it("GIVEN the story WHEN summarised short THEN the lead's news, not the later turns", () => {
    expect(paragraphsOf("short")[0]).toBe(1);
    expect(paragraphsOf("short")).not.toContain(lastParagraph);
  });
});
