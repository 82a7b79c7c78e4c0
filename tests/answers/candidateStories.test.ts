import { describe, expect, it } from "vitest";
import { candidateStories } from "../../src/answers/candidateStories.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";

const library = new StoryLibrary([
  parseStory(
    "pier.txt",
    '"It is what it is," said Dana Ruiz, the harbour master.\n\nThe pier reopens in May.',
  ),
  parseStory("budget.txt", "The council passed the budget on Monday.\n\nKen Obi voted against it."),
  parseStory("fire.txt", "The fire is half contained.\n\nCrews worked through the night."),
]);

describe("candidateStories", () => {
  it("GIVEN words the stories print THEN the stories that print them", () => {
    expect(candidateStories(library, "Ken Obi").map((s) => s.id)).toEqual(["budget"]);
  });

  it("GIVEN a word no story prints THEN no story", () => {
    expect(candidateStories(library, "Zyxquorv")).toEqual([]);
  });

  it("GIVEN only stop words, which the index cannot look up THEN the stories whose text holds them", () => {
    expect(candidateStories(library, "it is what it is").map((s) => s.id)).toEqual(["pier"]);
  });
});
