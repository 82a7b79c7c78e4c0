import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { excerptStory } from "../../src/answers/excerpt.js";
import { UserFacingError } from "../../src/errors.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const FIXTURE_STORIES = fileURLToPath(new URL("../fixtures/stories/", import.meta.url));

let tehran: StoryLibrary;
let fixtures: StoryLibrary;

beforeAll(async () => {
  tehran = await StoryLibrary.load(CORPUS);
  fixtures = await StoryLibrary.load(FIXTURE_STORIES);
});

describe("excerptStory", () => {
  it("GIVEN the one bundled story WHEN asking for ¶1 THEN it is the lede verbatim with its attribution", () => {
    expect(excerptStory(tehran, 1)).toEqual({
      story: "putin-visits-tehran",
      paragraph: 1,
      text: "Russian President Vladimir Putin is traveling to Tehran, Tuesday, for meetings with Iranian and Turkish officials, the Kremlin said, after warnings from the United States that Iran could provide Russia with drones for its war against Ukraine.",
      attribution: {
        story: "putin-visits-tehran",
        title:
          "Russian President Vladimir Putin is traveling to Tehran, Tuesday, for meetings with Iranian and…",
        outlet: "Fox News",
        contributors: ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
        paragraph: 1,
      },
    });
  });

  it("GIVEN the one bundled story WHEN asking for ¶19 THEN it is the last body paragraph, not the credit line", () => {
    const excerpt = excerptStory(tehran, 19);
    expect(excerpt.paragraph).toBe(19);
    expect(excerpt.text).toBe(
      "Neither Saudi Arabia nor Israel have joined international efforts to punish Putin over his unprovoked invasion of Ukraine.",
    );
    expect(excerpt.attribution.paragraph).toBe(19);
  });

  it("GIVEN the bundled story WHEN asking for ¶5 THEN the paragraph after the first ALL-CAPS headline is returned", () => {
    expect(excerptStory(tehran, 5).text).toContain("up to several hundred UAVs");
  });

  it.each([0, 20, 2.5, -1])(
    "GIVEN the 19-paragraph story WHEN asking for ¶%s THEN a UserFacingError gives the range ¶1–¶19",
    (paragraph) => {
      const ask = () => excerptStory(tehran, paragraph);
      expect(ask).toThrow(UserFacingError);
      expect(ask).toThrow(`No paragraph ${paragraph}: this story has ¶1–¶19.`);
    },
  );

  it("GIVEN a one-paragraph story WHEN asking for ¶2 THEN the error says it has only ¶1", () => {
    const library = new StoryLibrary([parseStory("brief.txt", "The bridge reopened on Monday.")]);
    expect(() => excerptStory(library, 2)).toThrow("No paragraph 2: this story has only ¶1.");
    expect(excerptStory(library, 1).text).toBe("The bridge reopened on Monday.");
  });

  it("GIVEN several stories and no story named WHEN asking for a paragraph THEN the error lists the story ids", () => {
    expect(() => excerptStory(fixtures, 1)).toThrow(
      "4 stories are loaded; name one with story: (chip-export-rules, coastal-marathon-heat, harbor-city-budget, ridgeline-wildfire).",
    );
  });

  it("GIVEN several stories and one named WHEN asking for a paragraph THEN it comes from that story with its attribution", () => {
    const excerpt = excerptStory(fixtures, 2, "harbor-city-budget");
    expect(excerpt.story).toBe("harbor-city-budget");
    expect(excerpt.text).toMatch(/^The spending plan is 4\.8 percent larger/);
    expect(excerpt.attribution).toMatchObject({
      outlet: "Harbor City Ledger",
      contributors: ["Dana Whitfield", "Marcus Oyelaran"],
      url: "https://www.example.com/news/2026/03/14/harbor-city-council-passes-budget",
      published: "2026-03-14",
      paragraph: 2,
    });
  });

  it("GIVEN several stories WHEN asking past the end of a named story THEN the range is that story's", () => {
    expect(() => excerptStory(fixtures, 13, "coastal-marathon-heat")).toThrow(
      "No paragraph 13: this story has ¶1–¶12.",
    );
  });

  it("GIVEN an unknown story id WHEN asking for a paragraph THEN a UserFacingError names it and lists the loaded stories", () => {
    const ask = () => excerptStory(tehran, 1, "putin");
    expect(ask).toThrow(UserFacingError);
    expect(ask).toThrow('No story called "putin". Loaded: putin-visits-tehran.');
  });
});
