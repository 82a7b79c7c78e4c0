import { describe, expect, it } from "vitest";
import { PrintedWords } from "../../src/search/printedWords.js";

const printed = new PrintedWords();
const printedText = [
  "Deputies ordered the evacuation of Pine Hollow, where Mayor Okafor's office said crews were deployed.",
  "The council debated the designed budget and the desired outcome.",
].join(" ");
for (const word of printedText.split(/[\s.,]+/)) printed.add(word);
const nothingIndexed = () => false;

describe("PrintedWords.correct", () => {
  it("GIVEN a typo that changes a long word's ending THEN the printed word replaces it", () => {
    expect(printed.correct("evacuaton orders", nothingIndexed)).toBe("evacuation orders");
    expect(printed.correct("Why were crews deployd?", nothingIndexed)).toBe(
      "Why were crews deployed?",
    );
  });

  it("GIVEN two neighbouring letters swapped THEN that is one typo, even in a seven-letter word", () => {
    expect(printed.correct("who odrered it", nothingIndexed)).toBe("who ordered it");
  });

  it("GIVEN a capitalised typo THEN the correction keeps the capital", () => {
    expect(printed.correct("Evacuaton", nothingIndexed)).toBe("Evacuation");
  });

  it("GIVEN words shorter than seven letters THEN they stay as typed (too many real neighbours)", () => {
    expect(printed.correct("mayr crew", nothingIndexed)).toBe("mayr crew");
  });

  it("GIVEN a word the index knows under another form THEN it stays as typed", () => {
    expect(printed.correct("evacuated", (word) => word === "evacuated")).toBe("evacuated");
  });

  it("GIVEN a typo equally near two printed words THEN neither is guessed", () => {
    // "desined" is one edit from both "designed" and "desired".
    expect(printed.correct("desined", nothingIndexed)).toBe("desined");
  });

  it("GIVEN a word near nothing printed THEN it stays as typed", () => {
    expect(printed.correct("photosynthesis", nothingIndexed)).toBe("photosynthesis");
  });
});

describe("PrintedWords.add", () => {
  it("GIVEN printed words with accents, capitals or curly apostrophes THEN they are kept folded, and words with other signs are not", () => {
    const words = new PrintedWords();
    for (const word of ["Muñozes", "EVACUATION", "Iran’s", "drone-carrying"]) words.add(word);
    expect(words.has("munozes")).toBe(true);
    expect(words.has("evacuation")).toBe(true);
    expect(words.has("iran's")).toBe(false);
    expect(words.has("drone-carrying")).toBe(false);
  });
});
