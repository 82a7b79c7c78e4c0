import { describe, expect, it } from "vitest";
import { isDescription } from "../../src/answers/describedPeople.js";
import { previewStory } from "../../src/answers/storyPreview.js";
import { whoIs } from "../../src/answers/whoIs.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";

describe("isDescription", () => {
  it.each(["Residents", "Officials", "Marine safety experts", "Local fishermen"])(
    "GIVEN %j THEN it describes people, it names no one",
    (name) => expect(isDescription(name)).toBe(true),
  );

  it.each(["Hal Brenner", "Ana de la Cruz", "Obi", "Madonna", "Owen Price", "Price"])(
    "GIVEN %j THEN it is a name",
    (name) => expect(isDescription(name)).toBe(false),
  );
});

describe("people a story describes rather than names", () => {
  const flood = parseStory(
    "kessel-flood.txt",
    [
      "KESSELTON, Ore. (AP) — Authorities ordered about 4,000 people to evacuate on Wednesday as the Kessel River rose to its highest level in 60 years.",
      'Residents said the warnings came too late. "By the time the text came, the water was already at my door," said Hal Brenner, 68, who has lived on River Street for four decades.',
      'City Manager Joan Petit said the town\'s levee had held, but she admitted the pumps at the south end "were not built for this."',
    ].join("\n\n"),
  );
  const library = new StoryLibrary([flood]);

  it("GIVEN “Residents said …” WHEN /story add previews the story THEN its people are the people it names, not “Residents”", () => {
    const { people } = previewStory(flood, library.statementsOf(flood), library);
    expect(people).toEqual(expect.arrayContaining(["Hal Brenner", "Joan Petit"]));
    expect(people).not.toContain("Residents");
  });

  it("GIVEN an unknown name THEN the closest names suggested are names, not “Residents”; asked for, residents still get their card", () => {
    const { suggestions } = whoIs(library, "Zed Foo");
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions).not.toContain("Residents");
    expect(whoIs(library, "residents").people[0]?.statements.map((s) => s.text)).toEqual([
      "the warnings came too late",
    ]);
  });
});
