import { describe, expect, it } from "vitest";
import { warmUp } from "../../src/answers/warmUp.js";
import type { Story } from "../../src/story/types.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

describe("warmUp", () => {
  it("GIVEN the story's statements not read THEN it does nothing, and reads none", async () => {
    const story = readStory(SEED_STORY);
    const library = new StoryLibrary([story]);
    expect(await warmUp(library, story)).toBe(0);
    expect(library.allStatementsRead).toBe(false);
  });

  it("GIVEN statements read THEN it runs every command's work on the story and answers nothing differently", async () => {
    const stories = [readStory(SEED_STORY), readStory(fixturePath("ridgeline-wildfire.txt"))];
    const library = new StoryLibrary(stories);
    for (const story of stories) library.statementsOf(story);
    const before = library.index.search("drones", { limit: 3 }).hits;
    expect(await warmUp(library, library.stories[1] as Story)).toBeGreaterThan(0);
    expect(library.index.search("drones", { limit: 3 }).hits).toEqual(before);
  });
});
