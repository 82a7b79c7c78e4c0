import { describe, expect, it } from "vitest";
import {
  pronounWithoutAntecedent,
  thingPronounWithoutAntecedent,
} from "../../src/summary/pronouns.js";

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

describe("thingPronounWithoutAntecedent", () => {
  const people = new Set(["Ken", "Obi", "Dana", "Ruiz"]);
  const isPerson = (word: string) => people.has(word);

  it.each([
    "Obi wants the state to pay for it.",
    "Republicans said it spent too much.",
    "Three Democrats joined all Republicans in voting against it, according to the Senate clerk.",
    "Ruiz said its cost had doubled.",
  ])("GIVEN %j THEN its “it” stands for something of an earlier sentence", (sentence) => {
    expect(thingPronounWithoutAntecedent(sentence, isPerson)).toBe(true);
  });

  it.each([
    "The company said it would appeal.",
    "Northgate Paper said it would close the mill in March.",
    "Officials said it was too early to say what caused the fire.",
    "Ruiz made it clear that she would run again.",
    "Voters rejected the levy and the council dropped it.",
    'Obi said the council would "fight it all the way."',
    "The county raised its fees on Monday.",
    "It said workers would receive 12 weeks of severance pay.",
  ])("GIVEN %j THEN it stands alone", (sentence) => {
    expect(thingPronounWithoutAntecedent(sentence, isPerson)).toBe(false);
  });
});
