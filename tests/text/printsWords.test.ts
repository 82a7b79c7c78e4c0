import { describe, expect, it } from "vitest";
import { printsWords } from "../../src/text/printsWords.js";

describe("printsWords", () => {
  it.each([
    ["Price said Monday.", "Price", true],
    ["The Priceline deal.", "Price", false],
    ["after President Biden visited", "President Biden", true],
    ["Biden’s visit", "Biden", true],
    ["Muñoz won", "Muñoz", true],
    ["Muñozes", "Muñoz", false],
    ["anything", "", false],
    ["a Price, then Priceless Price", "Price", true],
  ])("GIVEN %j and %j THEN %s", (text, words, expected) => {
    expect(printsWords(text, words)).toBe(expected);
  });
});
