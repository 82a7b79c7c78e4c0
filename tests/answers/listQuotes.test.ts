import { describe, expect, it } from "vitest";
import { listQuotes } from "../../src/answers/listQuotes.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";

const seed = libraryOf(SEED_STORY);

describe("listQuotes on the bundled story", () => {
  it("GIVEN no speaker THEN every statement of the story, in story order", () => {
    const { quotes, suggestions } = listQuotes(seed);
    expect(suggestions).toEqual([]);
    const all = seed.statementsOf(seed.story("putin-visits-tehran")).statements;
    expect(quotes.map((q) => [q.paragraph, q.text])).toEqual(all.map((s) => [s.paragraph, s.text]));
    const paragraphs = quotes.map((q) => q.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it("GIVEN no speaker THEN the list runs from the Kremlin in ¶1 to Ned Price in ¶17, each quote with its attribution", () => {
    const { quotes } = listQuotes(seed);
    expect(quotes[0]).toMatchObject({ paragraph: 1, speaker: { name: "Kremlin" } });
    expect(quotes.at(-1)).toMatchObject({ paragraph: 17, speaker: { name: "Ned Price" } });
    const speakers = new Set(quotes.map((q) => q.speaker.name));
    for (const name of [
      "Dmitry Peskov",
      "Jake Sullivan",
      "Hossein Amirabdollahian",
      "Behnam Ben Taleblu",
      "Ned Price",
    ])
      expect(speakers).toContain(name);
    for (const quote of quotes) {
      expect(quote.attribution).toMatchObject({
        story: "putin-visits-tehran",
        outlet: "Fox News",
        paragraph: quote.paragraph,
      });
    }
  });

  it("GIVEN the speaker “Price” THEN only Ned Price's statements, ¶16 and ¶17", () => {
    const { quotes, suggestions } = listQuotes(seed, "Price");
    expect(suggestions).toEqual([]);
    expect(quotes.map((q) => q.paragraph)).toEqual([16, 17]);
    for (const quote of quotes)
      expect(quote.speaker).toMatchObject({
        name: "Ned Price",
        role: "State Department spokesman",
      });
    expect(quotes[1]?.text).toContain("So this is something that we'll continue to monitor.");
  });

  it("GIVEN a misspelled speaker (“Sulivan”) THEN Jake Sullivan's statements", () => {
    const { quotes } = listQuotes(seed, "Sulivan");
    expect(quotes.map((q) => q.paragraph)).toEqual([5, 7, 8]);
    expect(new Set(quotes.map((q) => q.speaker.name))).toEqual(new Set(["Jake Sullivan"]));
  });

  it("GIVEN an organisation as the speaker (“Kremlin”) THEN its statement", () => {
    const { quotes } = listQuotes(seed, "Kremlin");
    expect(quotes.map((q) => [q.paragraph, q.speaker.name, q.speaker.kind])).toEqual([
      [1, "Kremlin", "organisation"],
    ]);
  });

  it.each([
    ["ridgeline-wildfire.txt", "sheriff's office", [5, 6, 6]],
    ["ridgeline-wildfire.txt", "NIFC", [10, 11]],
    ["chip-export-rules.txt", "officials", [14]],
  ])(
    "GIVEN %s and a speaker as the story names it (%j: straight apostrophe, acronym, plural) THEN its statements",
    (file, speaker, paragraphs) => {
      const { quotes } = listQuotes(libraryOf(fixturePath(file)), speaker);
      expect(quotes.map((q) => q.paragraph)).toEqual(paragraphs);
    },
  );

  it("GIVEN an unknown speaker (“Smith”) THEN no quotes, and suggestions from the story's people", () => {
    const { quotes, suggestions } = listQuotes(seed, "Smith");
    expect(quotes).toEqual([]);
    expect(suggestions.length).toBeGreaterThan(0);
    const known = seed.statementsOf(seed.story("putin-visits-tehran")).people.map((p) => p.name);
    for (const suggestion of suggestions) expect(known).toContain(suggestion);
  });

  it("GIVEN a blank speaker THEN every statement, as with none", () => {
    expect(listQuotes(seed, "  ").quotes).toEqual(listQuotes(seed).quotes);
  });
});

describe("listQuotes with several stories", () => {
  const library = libraryOf(
    fixturePath("harbor-city-budget.md"),
    fixturePath("ridgeline-wildfire.txt"),
  );

  it("GIVEN a story named THEN only that story's statements", () => {
    const { quotes } = listQuotes(library, undefined, "ridgeline-wildfire");
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((q) => q.story))).toEqual(new Set(["ridgeline-wildfire"]));
  });

  it("GIVEN the speaker “Castellano” THEN the mayor's statements, including ¶6 where her quote runs on", () => {
    const { quotes } = listQuotes(library, "Castellano");
    expect(quotes.map((q) => q.paragraph)).toEqual(expect.arrayContaining([3, 4, 5, 6]));
    for (const quote of quotes) {
      expect(quote.story).toBe("harbor-city-budget");
      expect(quote.speaker.name).toBe("Evelyn Castellano");
    }
  });

  it("GIVEN the speaker “Tom Alvarez” THEN his statements only, none of the fire chief's", () => {
    const { quotes } = listQuotes(library, "Tom Alvarez");
    expect(quotes.map((q) => q.paragraph)).toEqual([7, 8]);
    expect(new Set(quotes.map((q) => q.speaker.name))).toEqual(new Set(["Tom Alvarez"]));
  });
});
