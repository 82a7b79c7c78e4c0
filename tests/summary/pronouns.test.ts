import { describe, expect, it } from "vitest";
import { pronounWithoutAntecedent } from "../../src/summary/pronouns.js";

describe("pronounWithoutAntecedent", () => {
  it.each([
    "The species is named in his honor.",
    "The money was returned to her after the hearing.",
    "The decision left them without a home for the winter.",
    "On Friday, he said the plan would fail.",
    "Last week, she said the plan would fail.",
    "On Friday he said the plan would fail.",
    "Asked about the claims, she said they were false.",
    "The report says he misled parliament.",
    "The statement said he had resigned.",
    "The decision means she will lose her seat.",
    "The move angered his allies.",
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
    "When he heard the news, Dr. John Hink rushed to the hospital.",
    "If they win on Sunday, Liverpool will take the title.",
    "After Smith was arrested, his lawyer said he would appeal.",
  ])("GIVEN %j THEN it stands alone", (sentence) => {
    expect(pronounWithoutAntecedent(sentence)).toBe(false);
  });
});
