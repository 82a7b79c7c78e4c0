import { describe, expect, it } from "vitest";
import { whoIs } from "../../src/answers/whoIs.js";
import { whoSaid } from "../../src/answers/whoSaid.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { summarizeStory } from "../../src/summary/summarizeStory.js";

/**
 * A story file with no line breaks or full stops (a paste gone wrong) is one paragraph of one
 * sentence. The tagger's time grows faster than its text: before it was bounded, 20,000 such words
 * took over 30 seconds to read, with the bot blocked meanwhile.
 */
describe("a story that is one enormous sentence", () => {
  const words =
    "the council voted on the plan and mayor Rosa Delgado said the budget would grow and residents asked questions about taxes".split(
      " ",
    );
  const text = `${Array.from({ length: 30_000 }, (_, i) => words[i % words.length]).join(" ")}.`;

  it("GIVEN 30,000 words in one sentence THEN who said, who is and summary answer within seconds", () => {
    const library = new StoryLibrary([parseStory("run-on.txt", text)]);
    const started = performance.now();
    whoSaid(library, "the budget would grow");
    whoIs(library, "Delgado");
    const summary = summarizeStory(library, { length: "short" });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(summary.sentences.length).toBeLessThanOrEqual(1);
  }, 60_000);
});
