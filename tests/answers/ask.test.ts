import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { askStories, MAX_QUESTION_LENGTH } from "../../src/answers/ask.js";
import { UserFacingError } from "../../src/errors.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";

const seed = libraryOf(SEED_STORY);
const paragraphs = (question: string, library = seed) =>
  askStories(library, question).map((p) => p.paragraph);

describe("askStories on the bundled story", () => {
  it("GIVEN the drones question WHEN asked THEN the 'up to several hundred UAVs' paragraph comes first", () => {
    const [first] = askStories(seed, "How many drones could Iran provide to Russia?");
    expect(first?.paragraph).toBe(5);
    expect(first?.text).toContain("up to several hundred UAVs");
  });

  it("GIVEN a passage THEN its text is the paragraph verbatim, with attribution from the credit line", () => {
    const [first] = askStories(seed, "How many drones could Iran provide to Russia?");
    expect(first?.attribution).toMatchObject({
      story: "putin-visits-tehran",
      outlet: "Fox News",
      contributors: ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
      paragraph: 5,
    });
    expect(first?.attribution.url).toBeUndefined();
  });

  it("GIVEN a passage THEN its best sentence is one of the paragraph's, and highlights mark the matched words", () => {
    const [first] = askStories(seed, "What did Amirabdollahian call the accusations?");
    expect(first?.paragraph).toBe(9);
    expect(first?.text.slice(first.sentence.start, first.sentence.end)).toBe(first?.sentence.text);
    const marked = first?.highlights.map(([start, end]) => first.text.slice(start, end));
    expect(marked).toEqual(expect.arrayContaining(["Amirabdollahian", "accusations"]));
  });

  it("GIVEN the story's own alias WHEN asking with the long form THEN paragraphs that only say UAVs or drones match", () => {
    const passages = askStories(seed, "unmanned aerial vehicles");
    expect(passages[0]?.paragraph).toBe(6); // the definition itself
    const others = passages.slice(1);
    expect(others.length).toBeGreaterThan(0);
    for (const passage of others) {
      expect(passage.text).not.toMatch(/unmanned/i);
      expect(passage.text).toMatch(/UAV|drone/);
    }
  });

  it("GIVEN a demonym in the question and the country in the text THEN they match (Turkish ↔ Turkey)", () => {
    expect(paragraphs("trilateral meeting with Turkish and Iranian leaders")).toContain(2);
  });

  it("GIVEN typos and a curly apostrophe THEN the question still finds its paragraph", () => {
    expect(paragraphs("why did the US broaden sanctoins")[0]).toBe(14);
    expect(paragraphs("Amirabdolahian’s phone call")[0]).toBe(9);
  });

  it("GIVEN a typo that breaks a word's ending (the stemmer then leaves it whole) THEN the printed word is found", () => {
    const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));
    const [first] = askStories(wildfire, "mandatroy evacuaton orders");
    expect(first?.text).toContain("mandatory evacuation orders");
    expect(paragraphs("evacuaton", wildfire).length).toBeGreaterThan(0);
  });

  it.each([
    "What is the capital of France?",
    "who won the world cup",
    "What did Putin eat for breakfast?",
    "how do i reset my wifi router",
  ])("GIVEN a question the story cannot answer (%s) THEN no passage", (question) => {
    expect(askStories(seed, question)).toEqual([]);
  });

  it("GIVEN an empty or blank question THEN a clear error", () => {
    expect(() => askStories(seed, "   ")).toThrow(
      new UserFacingError("The question is empty: type what you want to know about the story."),
    );
  });

  it("GIVEN a question over the limit THEN an error naming its length and the limit", () => {
    expect(() => askStories(seed, "a".repeat(MAX_QUESTION_LENGTH + 1))).toThrow(
      /301 characters long; the limit is 300/,
    );
    expect(() => askStories(seed, `${"why ".repeat(73)}tehran`)).not.toThrow();
  });

  it("GIVEN any string up to the limit THEN ask returns passages or nothing, never throws", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: MAX_QUESTION_LENGTH, unit: "grapheme" }),
        (question) => {
          if (question.trim() === "") return;
          const passages = askStories(seed, question);
          expect(passages.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("askStories across several stories", () => {
  const library = libraryOf(
    SEED_STORY,
    fixturePath("chip-export-rules.txt"),
    fixturePath("ridgeline-wildfire.txt"),
  );

  it("GIVEN a question about one story THEN its passages come from that story", () => {
    const [first] = askStories(library, "How much of the Cedar Gulch fire is contained?");
    expect(first?.story).toBe("ridgeline-wildfire");
  });

  it("GIVEN story: THEN only that story is searched, and an unknown story is a clear error", () => {
    const passages = askStories(library, "drones", { story: "chip-export-rules" });
    expect(passages.every((p) => p.story === "chip-export-rules")).toBe(true);
    expect(() => askStories(library, "drones", { story: "nope" })).toThrow(
      /No story called "nope"/,
    );
  });

  it("GIVEN a fixture with its own acronym THEN the acronym finds the expansion's paragraph", () => {
    expect(askStories(library, "What does NIFC stand for?")[0]?.paragraph).toBe(10);
  });
});

describe("askStories: near matches of short words", () => {
  it("GIVEN “Who is the mayor?” on a story with no mayor but a “major evacuation” THEN no answer: a short word's neighbour is not it", () => {
    const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));
    expect(askStories(wildfire, "Who is the mayor?")).toEqual([]);
  });
});

describe("askStories with several stories loaded", () => {
  it("GIVEN all five labelled stories loaded and one named with story: THEN every labelled question gets an answer exactly when it does with that story alone", async () => {
    const { labelledStories } = await import("../../eval/datasets.js");
    const { loadQuestionSet, loadStoryLibrary } = await import("../../eval/askEvaluation.js");
    const { StoryLibrary } = await import("../../src/storyLibrary.js");
    const labelled = await labelledStories();
    const alone = await Promise.all(labelled.map(({ story }) => loadStoryLibrary(story)));
    const all = new StoryLibrary(alone.map((library) => library.story()));
    for (const [index, { questions }] of labelled.entries()) {
      const set = await loadQuestionSet(questions);
      const single = alone[index];
      if (!single) throw new Error(questions);
      for (const question of [...set.answerable.map((a) => a.question), ...set.unanswerable]) {
        const answered = askStories(single, question).length > 0;
        expect(askStories(all, question, { story: set.story }).length > 0, question).toBe(answered);
      }
    }
  });
});
