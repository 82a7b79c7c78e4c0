import { describe, expect, it } from "vitest";
import { genderOf, pronounFits } from "../../src/statements/pronounGender.js";

describe("genderOf", () => {
  it.each([
    ["Margaret Dunleavy", undefined, "female"],
    ["Tom Dunleavy", "son", "male"],
    ["Carl Whitacre", "Camden County commissioner", "male"],
    ["Kim Osei", "her mother", "female"],
    ["Priya Raman", "company spokeswoman", "female"],
    ["Sanne de Wit", undefined, undefined],
  ] as const)("GIVEN %s (%s) THEN %s", (name, role, gender) => {
    expect(genderOf(name, role)).toBe(gender);
  });
});

describe("pronounFits", () => {
  it("GIVEN “he” THEN never someone the story shows is a woman; an unknown name fits either", () => {
    expect(pronounFits("he", "Margaret Dunleavy")).toBe(false);
    expect(pronounFits("she", "Margaret Dunleavy")).toBe(true);
    expect(pronounFits("he", "Sanne de Wit")).toBe(true);
    expect(pronounFits("they", "Margaret Dunleavy")).toBe(true);
  });
});
