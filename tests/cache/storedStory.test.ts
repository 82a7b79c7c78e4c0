import { describe, expect, it } from "vitest";
import { restoreStory, storeStory } from "../../src/cache/storedStory.js";
import type { Story } from "../../src/story/types.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

describe("storeStory and restoreStory", () => {
  it.each([
    SEED_STORY,
    fixturePath("ridgeline-wildfire.txt"),
    fixturePath("harbor-city-budget.md"),
  ])(
    "GIVEN %s THEN the story comes back as it was, from a cache entry half its size or less",
    (path) => {
      const story = readStory(path);
      const stored = JSON.parse(JSON.stringify(storeStory(story)));
      expect(restoreStory(stored, story.file)).toEqual(story);
      expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(story).length * 0.6);
    },
  );

  it("GIVEN a sentence whose text is not the paragraph's at its place THEN it is kept whole", () => {
    const text = "Ruiz spoke. Obi left.";
    const story: Story = {
      id: "pier",
      file: "/stories/pier.txt",
      title: "Pier",
      titleSource: "lede",
      contributors: [],
      asides: [],
      body: [
        {
          number: 1,
          text,
          sentences: [
            { text: "Ruiz spoke.", start: 0, end: 11 },
            { text: "Obi  left.", start: 12, end: 21 },
          ],
        },
      ],
    };
    const stored = storeStory(story);
    expect(stored.body[0]?.sentences).toEqual([
      [0, 11],
      { text: "Obi  left.", start: 12, end: 21 },
    ]);
    expect(restoreStory(stored, "/elsewhere/pier.txt")).toEqual({
      ...story,
      file: "/elsewhere/pier.txt",
    });
  });
});
