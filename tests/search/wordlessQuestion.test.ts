import { describe, expect, it } from "vitest";
import { askStories } from "../../src/answers/ask.js";
import { StoryIndex } from "../../src/search/storyIndex.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";

const harbour = parseStory(
  "port-alder-ferry.txt",
  [
    "PORT ALDER — Harbour master Dana Ruiz closed the ferry terminal on Tuesday after a crane toppled onto the north pier.",
    "Nobody was hurt, Ruiz said, but the pier will stay shut while engineers inspect its pilings.",
    "Ken Obi, who runs the island bakery, said his bread would reach the mainland a day late.",
    "The terminal last closed in 2019, when a storm tore the roof off the waiting room.",
  ].join("\n\n"),
);
const council = parseStory(
  "port-alder-council.txt",
  "The Port Alder council passed its budget on Monday.\n\nKen Obi voted against it.",
);

const ranked = (index: StoryIndex, question: string, story?: string) =>
  index.rankCandidates(question, story ? { story } : {}).map((c) => c.paragraph);

describe("a question with no word of its own (only stop words: 'what were they doing there?')", () => {
  it("GIVEN one story THEN every paragraph is a candidate, the lede first, and none is taken to answer it", () => {
    const index = new StoryIndex([harbour]);
    for (const question of ["What were they doing there?", "where was that", "what was it for"]) {
      const order = ranked(index, question);
      expect(
        order.toSorted((a, b) => a - b),
        question,
      ).toEqual([1, 2, 3, 4]);
      const outcome = index.search(question, { limit: 3 });
      expect(outcome.hits.map((hit) => hit.paragraph)[0], question).toBe(1);
      expect(outcome.answered, question).toBe(false);
    }
  });

  it("GIVEN one story THEN a 'where' question puts a paragraph that names a place above one that does not", () => {
    const index = new StoryIndex([harbour]);
    const order = ranked(index, "where was that");
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(2));
  });

  it("GIVEN several stories and no story named THEN nothing, as it says nothing to look for", () => {
    const index = new StoryIndex([harbour, council]);
    expect(index.search("What were they doing there?", { limit: 3 }).hits).toEqual([]);
    expect(ranked(index, "What were they doing there?", council.id)).toEqual([1, 2]);
  });

  it("GIVEN autocomplete (only matching paragraphs) THEN nothing", () => {
    const index = new StoryIndex([harbour]);
    expect(index.searchAll("What were they doing there?")).toEqual([]);
  });

  it("GIVEN a question with a word no paragraph prints THEN still no passage", () => {
    const index = new StoryIndex([harbour]);
    expect(index.search("What did he eat for breakfast?", { limit: 3 }).hits).toEqual([]);
    expect(index.search("What is the capital of France?", { limit: 3 }).hits).toEqual([]);
  });

  it("GIVEN /ask on one story THEN the closest passages, marked as not answering it directly", () => {
    const library = new StoryLibrary([harbour]);
    const { passages, answered } = askStories(library, "What were they doing there?");
    expect(passages.map((p) => p.paragraph)).toEqual([1, 2, 3]);
    expect(passages.every((p) => p.highlights.length === 0)).toBe(true);
    expect(answered).toBe(false);
  });
});
