import { describe, expect, it } from "vitest";
import { pronounWithoutAntecedent } from "../../src/summary/pronouns.js";

describe("pronounWithoutAntecedent", () => {
  it.each([
    "The species is named in his honor.",
    "The money was returned to her after the hearing.",
    "The decision left them without a home for the winter.",
    "On Friday, he said the plan would fail.",
    "In Britain, his party lost the vote.",
    "If it does not, the penalty becomes final.",
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
    "The mayor said he would resign.",
    "The coach said his players were tired.",
    "A spokeswoman said she could not comment on the case.",
    "The judge did not order the dam removed, and she said the state could finish the review.",
  ])("GIVEN %j THEN it stands alone", (sentence) => {
    expect(pronounWithoutAntecedent(sentence)).toBe(false);
  });
});
