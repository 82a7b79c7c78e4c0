import { describe, expect, it } from "vitest";
import { shownWords, speechVerb, wordingNote } from "../../src/render/statementWording.js";

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
});
