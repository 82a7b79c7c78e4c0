import { describe, expect, it } from "vitest";
import {
  shownWords,
  speechVerb,
  whereElse,
  wordingNote,
} from "../../src/render/statementWording.js";

describe("statement wording", () => {
  it.each([
    ["said", "said"],
    ["warned", "warned"],
    ["told", "said"],
    ["according to", "said"],
    ["warnings", "said"],
    ["urging", "said"],
  ])("GIVEN the cue %j THEN the verb shown is %j", (cue, verb) => {
    expect(speechVerb(cue)).toBe(verb);
  });

  it("GIVEN a direct quote THEN quotation marks; GIVEN reported speech THEN the story's words, marked as such", () => {
    expect(shownWords("direct", "We will sign.")).toBe("“We will sign.”");
    expect(wordingNote("direct")).toBe("");
    expect(shownWords("reported", "the deal was done")).toBe("the deal was done");
    expect(wordingNote("partial")).toBe(", in the story's words");
  });

  it("GIVEN a statement listed with a denying cue THEN the denial comes before its words", () => {
    expect(wordingNote("reported", "denied")).toBe(" denied, in the story's words");
    expect(wordingNote("direct", "rejected")).toBe(" rejected");
    expect(wordingNote("reported", "said")).toBe(", in the story's words");
  });

  it("GIVEN an alternative from another story THEN its story is named; from the same story THEN only its ¶", () => {
    expect(whereElse({ story: "s2", paragraph: 2 }, { story: "s1" })).toBe("¶2, s2");
    expect(whereElse({ story: "s1", paragraph: 4 }, { story: "s1" })).toBe("¶4");
  });
});
