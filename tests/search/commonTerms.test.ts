import { describe, expect, it } from "vitest";
import { StoryIndex } from "../../src/search/storyIndex.js";
import type { Story } from "../../src/story/types.js";
import { splitSentences } from "../../src/text/sentences.js";

/** A short story whose every paragraph says "ferry": the word is in all of a large library. */
function ferryLog(n: number, extra?: string): Story {
  const towns = ["Ashby", "Brennock", "Calder", "Dunmore", "Elsworth", "Garrow"];
  const texts = Array.from(
    { length: 20 },
    (_, i) => `Log ${n}.${i + 1}: the ferry from ${towns[(n + i) % towns.length]} left on time.`,
  );
  if (extra) texts.push(extra);
  return {
    id: `ferry-log-${n}`,
    file: `ferry-log-${n}.txt`,
    title: `Ferry log ${n}`,
    titleSource: "front-matter",
    contributors: [],
    body: texts.map((text, i) => ({ number: i + 1, text, sentences: splitSentences(text) })),
    asides: [],
  };
}

describe("StoryIndex across a large library", () => {
  // 1,050 stories, 21,001 paragraphs: past the size from which words in more than 1% of all
  // paragraphs are left out of the search for candidates.
  const stories = Array.from({ length: 1050 }, (_, n) =>
    ferryLog(
      n,
      n === 777 ? "The ferry captain, Dana Ruiz, pulled a swimmer from the harbor." : undefined,
    ),
  );
  const index = new StoryIndex(stories);

  const common = (question: string) => [...index.commonTerms(index.analyze(question))];

  it("leaves the words in more than 1% of all paragraphs out of the search, keeping the rarest when all are", () => {
    expect(common("Which ferry captain pulled a swimmer out?")).toEqual(["ferri"]);
    expect(common("ferry from Garrow")).toEqual(["ferri"]);
    expect(common("ferry")).toEqual([]);
    expect(common("the of and")).toEqual([]);
    const small = new StoryIndex(stories.slice(0, 10));
    expect([...small.commonTerms(small.analyze("ferry captain"))]).toEqual([]);
  });

  it("finds the paragraph by the question's telling words, and counts the common one back in", () => {
    const { hits } = index.search("Which ferry captain pulled a swimmer out?", { limit: 3 });
    expect(hits[0]).toMatchObject({ story: "ferry-log-777", paragraph: 21 });
    expect([...(hits[0]?.matchedTerms ?? [])]).toEqual(
      expect.arrayContaining(index.analyze("ferry captain swimmer").flatMap((t) => t.terms)),
    );
  });

  it("still answers a question made only of common words, by the rarest of them", () => {
    const { hits } = index.search("ferry from Garrow", { limit: 3 });
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.matchedTerms.size).toBeGreaterThan(0);
  });
});
