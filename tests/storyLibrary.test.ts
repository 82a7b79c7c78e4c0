import { describe, expect, it } from "vitest";
import { analyzeStory } from "../src/statements/analyzeStory.js";
import { StoryLibrary } from "../src/storyLibrary.js";
import { fixturePath, readStory, SEED_STORY } from "./helpers.js";

const seed = readStory(SEED_STORY);
const wildfire = readStory(fixturePath("ridgeline-wildfire.txt"));
const budget = readStory(fixturePath("harbor-city-budget.md"));

describe("StoryLibrary", () => {
  it("GIVEN stories read, added and removed THEN it tells whether every story's statements are read", () => {
    const library = new StoryLibrary([seed, wildfire]);
    expect(library.allStatementsRead).toBe(false);
    library.statementsOf(seed);
    expect(library.allStatementsRead).toBe(false);
    library.adoptStatements(wildfire, analyzeStory(wildfire));
    expect(library.allStatementsRead).toBe(true);
    library.putStory(budget);
    expect(library.allStatementsRead).toBe(false);
    library.removeStory(budget.id);
    expect(library.allStatementsRead).toBe(true);
    library.putStory(wildfire);
    expect(library.allStatementsRead).toBe(false);
    library.statementsOf(wildfire);
    expect(library.allStatementsRead).toBe(true);
  });
});
