import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { askStories, MAX_QUESTION_LENGTH } from "../../src/answers/ask.js";
import { UserFacingError } from "../../src/errors.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";
import { decorated } from "../text/discordMarkup.js";

const seed = libraryOf(SEED_STORY);
const paragraphs = (question: string, library = seed) =>
  askStories(library, question).passages.map((p) => p.paragraph);

describe("askStories on the bundled story", () => {
  it("GIVEN the drones question WHEN asked THEN the 'up to several hundred UAVs' paragraph comes first, and answers it", () => {
    const { passages, answered } = askStories(
      seed,
      "How many drones could Iran provide to Russia?",
    );
    const [first] = passages;
    expect(first?.paragraph).toBe(5);
    expect(first?.text).toContain("up to several hundred UAVs");
    expect(answered).toBe(true);
  });

  it("GIVEN a passage THEN its text is the paragraph verbatim, with attribution from the credit line", () => {
    const [first] = askStories(seed, "How many drones could Iran provide to Russia?").passages;
    expect(first?.attribution).toMatchObject({
      story: "putin-visits-tehran",
      outlet: "Fox News",
      contributors: ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
      paragraph: 5,
    });
    expect(first?.attribution.url).toBeUndefined();
  });

  it("GIVEN a passage THEN its best sentence is one of the paragraph's, and highlights mark the matched words", () => {
    const [first] = askStories(seed, "What did Amirabdollahian call the accusations?").passages;
    expect(first?.paragraph).toBe(9);
    expect(first?.text.slice(first.sentence.start, first.sentence.end)).toBe(first?.sentence.text);
    const marked = first?.highlights.map(([start, end]) => first.text.slice(start, end));
    expect(marked).toEqual(expect.arrayContaining(["Amirabdollahian", "accusations"]));
  });

  it("GIVEN the story's own alias WHEN asking with the long form THEN paragraphs that only say UAVs or drones match", () => {
    const { passages } = askStories(seed, "unmanned aerial vehicles");
    expect(passages[0]?.paragraph).toBe(6); // the definition itself
    // The others may include the lede, ranked by its place with no word matched.
    const matching = passages.slice(1).filter((passage) => passage.highlights.length > 0);
    expect(matching.length).toBeGreaterThan(0);
    for (const passage of matching) {
      expect(passage.text).not.toMatch(/unmanned/i);
      expect(passage.text).toMatch(/UAV|drone/);
      for (const [start, end] of passage.highlights)
        expect(passage.text.slice(start, end)).toMatch(/^(?:UAVs?|drones?)$/i);
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
    const [first] = askStories(wildfire, "mandatroy evacuaton orders").passages;
    expect(first?.text).toContain("mandatory evacuation orders");
    expect(paragraphs("evacuaton", wildfire).length).toBeGreaterThan(0);
  });

  it.each(["What is the capital of France?", "how do i reset my wifi router"])(
    "GIVEN a question that shares no word with the story (%s) THEN no passage, not answered",
    (question) => {
      expect(askStories(seed, question)).toEqual({ passages: [], answered: false });
    },
  );

  // "What did Putin eat for breakfast?" is answered with ¶1 and no warning: the story names Putin,
  // and on real readers' questions no signal tells such a question from an answerable one (README).
  it.each(["who won the world cup"])(
    "GIVEN a question the story cannot answer that shares a word with it (%s) THEN only the closest passages, not answered",
    (question) => {
      const { passages, answered } = askStories(seed, question);
      expect(passages.length).toBeGreaterThan(0);
      expect(answered).toBe(false);
    },
  );

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

  it("GIVEN a question that is only mentions and Markdown THEN a clear error, not every paragraph", () => {
    expect(() => askStories(seed, "@everyone <@123456789012345678> **")).toThrow(
      new UserFacingError(
        "The question is only mentions or formatting: type what you want to know about the story.",
      ),
    );
  });

  it("GIVEN any string up to the limit THEN ask returns passages or nothing, never throws, and is answered only with passages", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: MAX_QUESTION_LENGTH, unit: "grapheme" }),
        (question) => {
          let answer: ReturnType<typeof askStories>;
          try {
            answer = askStories(seed, question);
          } catch (error) {
            expect(error).toBeInstanceOf(UserFacingError); // blank, or only mentions and marks
            return;
          }
          expect(answer.passages.length).toBeLessThanOrEqual(3);
          if (answer.passages.length === 0) expect(answer.answered).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("askStories: questions as typed in Discord", () => {
  it("GIVEN /ask @everyone what did Sullivan say? THEN exactly the answer to “what did Sullivan say?”", () => {
    const plain = askStories(seed, "what did Sullivan say?");
    expect(plain.passages.length).toBeGreaterThan(0);
    expect(askStories(seed, "@everyone what did Sullivan say?")).toEqual(plain);
    expect(
      askStories(seed, "<@123456789012345678> what did **Sullivan** say? <#456789012345678901>"),
    ).toEqual(plain);
  });

  it("GIVEN a reference whose id is a figure the story prints (“July 15”) THEN the id is not searched for", () => {
    expect(askStories(seed, "What happened? 15").passages[0]?.paragraph).toBe(4);
    expect(askStories(seed, "What happened? <#15>")).toEqual(askStories(seed, "What happened?"));
    // Without the id, "What happened?" has no word of its own: the story's closest passages.
    const wordless = askStories(seed, "What happened?");
    expect(wordless.answered).toBe(false);
    expect(askStories(seed, "What happened? </ask:15> <@&15>")).toEqual(wordless);
  });

  it("GIVEN any mentions, references and Markdown around a question's words THEN the answer is the plain question's", () => {
    const questions = [
      "what did Sullivan say?",
      "How many drones could Iran provide to Russia?",
      "Where is Putin going?",
      "What did Amirabdollahian call the accusations?",
      "sanctions",
    ];
    const plain = new Map(questions.map((question) => [question, askStories(seed, question)]));
    fc.assert(
      fc.property(
        fc
          .constantFrom(...questions)
          .chain((question) => decorated(question).map((typed) => ({ question, typed })))
          // Discord caps the option at MAX_QUESTION_LENGTH, markup included.
          .filter(({ typed }) => typed.trim().length <= MAX_QUESTION_LENGTH),
        ({ question, typed }) => {
          expect(askStories(seed, typed)).toEqual(plain.get(question));
        },
      ),
      { numRuns: 150 },
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
    const [first] = askStories(library, "How much of the Cedar Gulch fire is contained?").passages;
    expect(first?.story).toBe("ridgeline-wildfire");
  });

  it("GIVEN story: THEN only that story is searched, and an unknown story is a clear error", () => {
    const { passages } = askStories(library, "drones", { story: "chip-export-rules" });
    expect(passages.every((p) => p.story === "chip-export-rules")).toBe(true);
    expect(() => askStories(library, "drones", { story: "nope" })).toThrow(
      /No story called "nope"/,
    );
  });

  it("GIVEN a fixture with its own acronym THEN the acronym finds the expansion's paragraph", () => {
    expect(askStories(library, "What does NIFC stand for?").passages[0]?.paragraph).toBe(10);
  });
});

describe("askStories: near matches of short words", () => {
  it("GIVEN “Who is the mayor?” on a story with no mayor but a “major evacuation” THEN not answered: a short word's neighbour is not it", () => {
    const wildfire = libraryOf(fixturePath("ridgeline-wildfire.txt"));
    expect(askStories(wildfire, "Who is the mayor?").answered).toBe(false);
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
        const alone = askStories(single, question);
        const among = askStories(all, question, { story: set.story });
        expect(among.answered, question).toBe(alone.answered);
        expect(among.passages.length > 0, question).toBe(alone.passages.length > 0);
      }
    }
  });
});
