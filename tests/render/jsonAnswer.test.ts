import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ask } from "../../commands/ask.js";
import { commands } from "../../commands/index.js";
import type { Passage } from "../../src/answers/ask.js";
import { attributionFor } from "../../src/answers/attribution.js";
import { jsonAnswer, jsonError } from "../../src/render/jsonAnswer.js";
import { parseStory } from "../../src/story/parseStory.js";
import { bundledStoryQuestion, libraryOf, SEED_STORY } from "../helpers.js";

const file = fileURLToPath(new URL("../../corpus/putin-visits-tehran.txt", import.meta.url));
const tehran = parseStory(file, readFileSync(file, "utf8"));
const fifth = tehran.body[4];

/** ¶9 as a passage, with nothing highlighted. */
function ninth(): Passage {
  const paragraph = tehran.body[8];
  const sentence = paragraph?.sentences[0];
  if (!paragraph || !sentence) throw new Error("¶9 missing");
  return {
    story: tehran.id,
    paragraph: 9,
    text: paragraph.text,
    score: 1.5,
    sentence,
    highlights: [],
    attribution: attributionFor(tehran, 9),
  };
}

describe("jsonAnswer", () => {
  it("GIVEN an error message WHEN rendered THEN it is {command, input, results: [], error: {message}}", () => {
    const json = jsonError("excerpt", { paragraph: 99 }, "No paragraph 99: this story has ¶1–¶19.");
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      command: "excerpt",
      input: { paragraph: 99 },
      results: [],
      error: { message: "No paragraph 99: this story has ¶1–¶19." },
    });
  });

  it("GIVEN an excerpt WHEN rendered THEN the one result is the excerpt itself and there is no error field", () => {
    const excerpt = {
      story: tehran.id,
      paragraph: 5,
      text: fifth?.text ?? "",
      attribution: attributionFor(tehran, 5),
    };
    const json = jsonAnswer("excerpt", { paragraph: 5 }, { kind: "excerpt", excerpt });
    expect(json).toEqual({ command: "excerpt", input: { paragraph: 5 }, results: [excerpt] });
    expect(json).not.toHaveProperty("error");
  });

  it("GIVEN a passage WHEN rendered THEN the result carries story, paragraph, text, score, the sentence's text, highlights and attribution", () => {
    const sentence = fifth?.sentences[0];
    if (!fifth || !sentence) throw new Error("¶5 missing");
    const start = fifth.text.indexOf("UAVs");
    const passage: Passage = {
      story: tehran.id,
      paragraph: 5,
      text: fifth.text,
      score: 63.83,
      sentence,
      highlights: [[start, start + 4]],
      attribution: attributionFor(tehran, 5),
    };
    const json = jsonAnswer(
      "ask",
      { question: "how many drones" },
      { kind: "passages", question: "how many drones", passages: [passage], answered: true },
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      command: "ask",
      input: { question: "how many drones" },
      results: [
        {
          story: "putin-visits-tehran",
          paragraph: 5,
          text: fifth.text,
          score: 63.83,
          sentence: sentence.text,
          highlights: [[start, start + 4]],
          attribution: {
            story: "putin-visits-tehran",
            title: tehran.title,
            outlet: "Fox News",
            contributors: ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
            paragraph: 5,
          },
        },
      ],
      answered: true,
    });
  });

  it("GIVEN no passages WHEN rendered THEN results is empty, answered false, and there is no error", () => {
    expect(
      jsonAnswer(
        "ask",
        { question: "cup final" },
        { kind: "passages", question: "cup final", passages: [], answered: false },
      ),
    ).toEqual({
      command: "ask",
      input: { question: "cup final" },
      results: [],
      answered: false,
    });
  });

  it("GIVEN passages Byline is unsure answer the question WHEN rendered THEN the results as usual, and answered false", () => {
    const sure = jsonAnswer(
      "ask",
      { question: "best pizza in Moscow" },
      { kind: "passages", question: "best pizza in Moscow", passages: [ninth()], answered: true },
    );
    const unsure = jsonAnswer(
      "ask",
      { question: "best pizza in Moscow" },
      { kind: "passages", question: "best pizza in Moscow", passages: [ninth()], answered: false },
    );
    expect(unsure).toEqual({ ...sure, answered: false });
    expect(unsure.results).toHaveLength(1);
  });

  it("GIVEN any question to the bundled story THEN JSON's answered is the answer's, false whenever there are no results", () => {
    const seed = libraryOf(SEED_STORY);
    fc.assert(
      fc.property(bundledStoryQuestion, (question) => {
        const result = ask.run({ question }, { library: seed, commands });
        if (result.kind !== "passages") throw new Error(result.kind);
        const json = JSON.parse(JSON.stringify(jsonAnswer("ask", { question }, result)));
        expect(json.answered).toBe(result.answered);
        if (json.results.length === 0) expect(json.answered).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("GIVEN story cards and help entries WHEN rendered THEN they are the results as they are", () => {
    const card = {
      story: "brief",
      title: "Bridge reopens",
      contributors: [],
      paragraphs: 1,
      file: "brief.txt",
    };
    expect(jsonAnswer("story", {}, { kind: "stories", stories: [card] }).results).toEqual([card]);
    const entry = { name: "story", description: "What story is loaded", usage: "/story" };
    expect(jsonAnswer("help", {}, { kind: "help", commands: [entry] }).results).toEqual([entry]);
  });
});
