import { describe, expect, it } from "vitest";
import { StoryIndex } from "../../src/search/storyIndex.js";
import { parseStory } from "../../src/story/parseStory.js";

const story = parseStory(
  "port-alder-bakery.txt",
  [
    "PORT ALDER — Harbour master Dana Ruiz closed the ferry terminal on Tuesday after a crane toppled onto the north pier.",
    "The bakery sells bread.",
    "Ken Obi, who has run the island bakery on the quay for thirty years, said on Wednesday that he would keep baking through the winter once the engineers had finished their survey of the old stone pier and the council had agreed to pay for the repairs to the slipway.",
    "The terminal last closed in 2019, when a storm tore the roof off the waiting room.",
  ].join("\n\n"),
);

describe("BM25+'s floor for a matched word (BM25_D, 1: chosen on the tune half)", () => {
  it("GIVEN a word held once by a short paragraph and once by a long one THEN the long one keeps most of the short one's bm25", () => {
    const bm25 = new Map(
      new StoryIndex([story])
        .rankCandidates("bakery", {})
        .map((candidate) => [candidate.paragraph, candidate.features.bm25]),
    );
    expect(bm25.get(2)).toBe(1);
    // Length still counts (the short paragraph is first), but holding the word counts more: with
    // MiniSearch's floor of 0.5 the long paragraph kept about two thirds.
    expect(bm25.get(3)).toBeGreaterThan(0.7);
    expect(bm25.get(3)).toBeLessThan(1);
    expect(bm25.get(1)).toBe(0);
  });
});
