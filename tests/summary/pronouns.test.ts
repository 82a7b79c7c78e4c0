import { describe, expect, it } from "vitest";
import { pronounWithoutAntecedent } from "../../src/summary/pronouns.js";

describe("pronounWithoutAntecedent", () => {
  it.each([
    "The species is named in his honor.",
    "The money was returned to her after the hearing.",
    "The decision left them without a home for the winter.",
  ])("GIVEN %j THEN its meaning hangs on someone named before it", (sentence) => {
    expect(pronounWithoutAntecedent(sentence)).toBe(true);
  });

  it.each([
    "Corrigan said his goal was for the fans.",
    "At home when he heard about the disaster, Dr. John Hink drove to the bridge.",
    "Officials said they were investigating the cause.",
    "The women are too afraid to show their faces.",
    "The council approved the budget on Tuesday.",
    "The company said it would appeal.",
  ])("GIVEN %j THEN it stands alone", (sentence) => {
    expect(pronounWithoutAntecedent(sentence)).toBe(false);
  });
});
