import { describe, expect, it } from "vitest";
import { PrintedWords } from "../../src/search/printedWords.js";

const printed = new PrintedWords();
printed.add(
  "Deputies ordered the evacuation of Pine Hollow, where Mayor Okafor's office said crews were deployed.",
);
printed.add("The council debated the designed budget and the desired outcome.");
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
