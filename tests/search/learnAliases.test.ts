import { describe, expect, it } from "vitest";
import { learnAliases } from "../../src/search/learnAliases.js";
import { parseStory } from "../../src/story/parseStory.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

const story = (text: string) => parseStory("inline.txt", text);

describe("learnAliases", () => {
  it("GIVEN 'X are Y, or Z.' THEN X, Y and Z are one group", () => {
    expect(learnAliases(readStory(SEED_STORY))).toContainEqual({
      members: ["UAVs", "unmanned aerial vehicles", "drones"],
    });
  });

  it("GIVEN 'X, or Y, are…' at the start of a sentence THEN X and Y are one group", () => {
    expect(learnAliases(readStory(fixturePath("chip-export-rules.txt")))).toContainEqual({
      members: ["Semiconductors", "chips"],
    });
  });

  it("GIVEN an acronym in parentheses after its expansion THEN the acronym and the expansion are one group", () => {
    expect(learnAliases(readStory(fixturePath("ridgeline-wildfire.txt")))).toContainEqual({
      members: ["NIFC", "National Interagency Fire Center"],
    });
  });

  it("GIVEN a list joined by 'or' inside a sentence THEN nothing is learned", () => {
    expect(
      learnAliases(
        story("Be it drone sales or sanctions busting, Washington must act, or lose ground."),
      ),
    ).toEqual([]);
  });

  it("GIVEN parentheses whose letters do not spell the words before THEN nothing is learned", () => {
    expect(learnAliases(story("The mayor met the transit board (MTA) on Monday."))).toEqual([]);
  });
});
