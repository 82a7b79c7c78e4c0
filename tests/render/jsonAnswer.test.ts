import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/answers/ask.js";
import { attributionFor } from "../../src/answers/attribution.js";
import { jsonAnswer, jsonError } from "../../src/render/jsonAnswer.js";
import { parseStory } from "../../src/story/parseStory.js";

const file = fileURLToPath(new URL("../../corpus/putin-visits-tehran.txt", import.meta.url));
const tehran = parseStory(file, readFileSync(file, "utf8"));
const fifth = tehran.body[4];

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
      { kind: "passages", question: "how many drones", passages: [passage] },
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
    });
  });

  it("GIVEN no passages WHEN rendered THEN results is empty and there is no error", () => {
    expect(
      jsonAnswer(
        "ask",
        { question: "cup final" },
        { kind: "passages", question: "cup final", passages: [] },
      ),
    ).toEqual({
      command: "ask",
      input: { question: "cup final" },
      results: [],
    });
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
