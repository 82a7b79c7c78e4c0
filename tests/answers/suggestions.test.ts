import { describe, expect, it } from "vitest";
import {
  MAX_SUGGESTIONS,
  suggestFocus,
  suggestParagraphs,
  suggestPeople,
  suggestStatements,
  suggestStories,
} from "../../src/answers/suggestions.js";
import { whoSaid } from "../../src/answers/whoSaid.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";

const seed = libraryOf(SEED_STORY);
const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));

describe("autocomplete suggestions", () => {
  it("GIVEN part of a surname THEN what was typed comes first, then the people it fits, with their roles", () => {
    expect(suggestPeople(seed, "sul")).toEqual([
      { name: "sul", value: "sul" },
      { name: "Jake Sullivan — White House national security adviser", value: "Jake Sullivan" },
    ]);
  });

  it("GIVEN nothing typed THEN the story's people, at most as many as Discord shows", () => {
    const people = suggestPeople(wildfire, "");
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(
      people.every((choice) =>
        wildfire.story().body.some((p) => p.text.includes(String(choice.value))),
      ),
    ).toBe(true);
  });

  it("GIVEN words of a statement THEN statements holding them, each a value /who said finds again", () => {
    const [typed, ...statements] = suggestStatements(seed, "connective nodes");
    expect(typed?.value).toBe("connective nodes");
    expect(statements.length).toBe(1);
    expect(statements[0]?.name).toMatch(/^Behnam Ben Taleblu: /);
    const again = whoSaid(seed, String(statements[0]?.value)).statements[0];
    expect(again?.speaker.name).toBe("Behnam Ben Taleblu");
  });

  it("GIVEN a paragraph number THEN that paragraph first, then those whose number starts with it, with previews", () => {
    const choices = suggestParagraphs(seed, "1");
    expect(choices[0]).toMatchObject({ value: 1 });
    expect(choices[0]?.name).toMatch(/^¶1 Russian President Vladimir Putin/);
    expect(choices.map((c) => c.value)).toEqual([1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
  });

  it("GIVEN words instead of a number THEN the paragraphs that mention them", () => {
    const choices = suggestParagraphs(seed, "drone sales");
    expect(choices[0]?.value).toBe(13);
  });

  it("GIVEN a summary focus being typed THEN people and the story's recurring topics, no name twice", () => {
    const all = suggestFocus(seed, "").map((c) => c.value);
    expect(all).toEqual(expect.arrayContaining(["Jake Sullivan", "sanctions", "drones"]));
    expect(all).not.toContain("Putin");
    expect(suggestFocus(seed, "sanc").map((c) => c.value)).toEqual(["sanc", "sanctions"]);
  });

  it("GIVEN several stories THEN the story option suggests their ids by id or title", () => {
    const library = libraryOf(SEED_STORY, fixturePath("harbor-city-budget.md"));
    expect(suggestStories(library, "budget").map((c) => c.value)).toEqual(["harbor-city-budget"]);
    expect(suggestStories(library, "").length).toBe(2);
  });

  it("GIVEN several stories and what the command is about THEN the stories that match it best come first", () => {
    const library = libraryOf(
      SEED_STORY,
      fixturePath("harbor-city-budget.md"),
      fixturePath("ridgeline-wildfire.txt"),
    );
    const byName = suggestStories(library, "").map((c) => c.value);
    expect(byName).toEqual(["putin-visits-tehran", "harbor-city-budget", "ridgeline-wildfire"]);
    const about = (text: string) => suggestStories(library, "", text).map((c) => c.value);
    expect(about("how many homes did the fire destroy")[0]).toBe("ridgeline-wildfire");
    expect(about("drones for Russia")[0]).toBe("putin-visits-tehran");
    expect(about("drones for Russia")).toHaveLength(3);
  });

  it("GIVEN several stories whose statements are read THEN a name being typed finds its people in any of them, from the table of people, and a removed story's people go", () => {
    const library = libraryOf(
      SEED_STORY,
      fixturePath("ridgeline-wildfire.txt"),
      fixturePath("harbor-city-budget.md"),
    );
    for (const story of library.stories) library.statementsOf(story);
    const sullivan = {
      name: "Jake Sullivan — White House national security adviser",
      value: "Jake Sullivan",
    };
    expect(suggestPeople(library, "sul")).toEqual([{ name: "sul", value: "sul" }, sullivan]);
    // Nothing typed: the people of every story, the most mentioned first.
    const everyone = suggestPeople(library, "").map((choice) => choice.value);
    expect(everyone.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(everyone).toContain("Jake Sullivan");
    const storyOf = (name: string | number) =>
      library.stories.filter((story) =>
        library.statementsOf(story).people.some((person) => person.name === name),
      );
    expect(new Set(everyone.flatMap((name) => storyOf(name).map((s) => s.id))).size).toBe(3);
    // A summary focus across stories: their people; topics once a word is typed.
    expect(suggestFocus(library, "sul")).toContainEqual(sullivan);
    expect(suggestFocus(library, "").map((c) => c.value)).toEqual(everyone);
    library.removeStory("putin-visits-tehran");
    expect(suggestPeople(library, "sul")).toEqual([{ name: "sul", value: "sul" }]);
  });
});
