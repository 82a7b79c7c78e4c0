import { describe, expect, it } from "vitest";
import { StoryIndex } from "../../src/search/storyIndex.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

const seed = readStory(SEED_STORY);
const wildfire = readStory(fixturePath("ridgeline-wildfire.txt"));
const budget = readStory(fixturePath("harbor-city-budget.md"));
const QUESTIONS = [
  "How many structures did the fire destroy?",
  "who is the fire chief",
  "What did the council approve?",
  "drones Iran Russia",
];

function ranking(index: StoryIndex, question: string) {
  return index.search(question, { limit: 5 }).hits.map((hit) => `${hit.story}¶${hit.paragraph}`);
}

describe("StoryIndex, live", () => {
  it("finds a story's paragraphs once it is added, and none once it is removed", () => {
    const index = new StoryIndex([seed]);
    expect(ranking(index, QUESTIONS[0] ?? "").some((hit) => hit.startsWith(wildfire.id))).toBe(
      false,
    );
    index.addStory(wildfire);
    expect(ranking(index, QUESTIONS[0] ?? "")[0]?.startsWith(wildfire.id)).toBe(true);
    expect(index.size).toBe(seed.body.length + wildfire.body.length);
    index.removeStory(wildfire.id);
    expect(ranking(index, QUESTIONS[0] ?? "").some((hit) => hit.startsWith(wildfire.id))).toBe(
      false,
    );
    expect(index.size).toBe(seed.body.length);
  });

  it("ranks after a remove and re-add exactly as an index built with the same stories", () => {
    const built = new StoryIndex([seed, wildfire, budget]);
    const live = new StoryIndex([seed, wildfire, budget]);
    live.removeStory(wildfire.id);
    live.removeStory(budget.id);
    live.addStory(budget);
    live.addStory(wildfire);
    for (const question of QUESTIONS) {
      expect(live.search(question, { limit: 5 })).toEqual(built.search(question, { limit: 5 }));
    }
    for (const term of ["fire", "council", "drone"])
      expect(live.inverseDocumentFrequency(term)).toBeCloseTo(built.inverseDocumentFrequency(term));
  });

  it("puts a new version of a story in place of the old one", () => {
    const index = new StoryIndex([seed, wildfire]);
    const renamed = {
      ...wildfire,
      body: wildfire.body.map((p) => ({ ...p, text: p.text.replaceAll("wildfire", "blaze") })),
    };
    index.addStory(renamed);
    expect(index.size).toBe(seed.body.length + wildfire.body.length);
    const hits = index.search("blaze", { limit: 3 }).hits;
    expect(hits[0]?.story).toBe(wildfire.id);
  });
});

describe("StoryLibrary, live", () => {
  it("adds, replaces and removes stories in file-name order, keeping the last one", () => {
    const library = new StoryLibrary([wildfire]);
    library.putStory(seed);
    library.putStory(budget);
    expect(library.stories.map((s) => s.id)).toEqual(
      [seed, budget, wildfire].map((s) => s.id).sort((a, b) => a.localeCompare(b)),
    );
    expect(library.story(budget.id)).toBe(budget);
    library.removeStory(budget.id);
    library.removeStory(seed.id);
    expect(() => library.story(budget.id)).toThrow(/No story called/);
    expect(() => library.removeStory(wildfire.id)).toThrow(/only story loaded/);
    expect(library.stories).toEqual([wildfire]);
  });

  it("reads a replaced story's statements again, from the new text", () => {
    const library = new StoryLibrary([seed, wildfire]);
    const before = library.statementsOf(wildfire);
    const renamed = {
      ...wildfire,
      body: wildfire.body.map((p) => ({ ...p, text: p.text.replaceAll("Alvarez", "Okafor") })),
    };
    library.putStory(renamed);
    library.adoptStatements(wildfire, before); // an old read arriving late is not taken
    const after = library.statementsOf(library.story(wildfire.id));
    expect(JSON.stringify(after)).toContain("Okafor");
    expect(JSON.stringify(after)).not.toContain("Alvarez");
  });
});

describe("StoryLibrary errors with many stories", () => {
  const many = [
    "alpha-port",
    "bridge-vote",
    "city-budget",
    "dam-repair",
    "east-fire",
    "ferry-strike",
    "harbor-fees",
    "harbour-fees-2",
  ].map((id) => ({ ...wildfire, id, file: `/corpus/${id}.txt` }));
  const library = new StoryLibrary(many);

  it("names five stories and how many more, never a wall, and points to the server default", () => {
    expect(() => library.story()).toThrow(
      "8 stories are loaded; name one with story: (alpha-port, bridge-vote, city-budget, dam-repair, east-fire and 3 more; type story: to search them), or a moderator can choose this server's default with /story use.",
    );
  });

  it("names the closest ids first for an unknown one", () => {
    expect(() => library.story("harbor-fee")).toThrow(
      /^No story called "harbor-fee"\. Loaded: harbor-fees, harbour-fees-2, /,
    );
  });
});
