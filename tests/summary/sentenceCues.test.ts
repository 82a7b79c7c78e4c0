import { describe, expect, it } from "vitest";
import { STAKES } from "../../src/summary/sentenceCues.js";

describe("STAKES: what the story's news may cost someone", () => {
  it.each([
    '"Any transaction of this sort would implicate a number of the sanctions that we have on the books," Price said.',
    "The state is seeking a civil penalty of $4.6 million, Ebersole said.",
    "The regulator imposed a $2 million fine on the bank.",
    "Separately, 54 households filed a lawsuit against the company on Tuesday.",
    "If convicted, he faces up to 20 years in prison.",
    "Korver, 54, faces a possible lifetime ban.",
    "The county could face a lawsuit from the union.",
    "The agency issued an emergency order capping speeds at 25 mph.",
    "The chief operating officer was placed on administrative leave.",
    "The coalition will collect signatures to force a referendum on the deal.",
    "The AIU charged her coach, Ansel Korver, with possession of prohibited substances.",
  ])("GIVEN %j THEN it says what is at stake", (sentence) => {
    expect(STAKES.test(sentence)).toBe(true);
  });

  it.each([
    "Castlegate's reply came from a penalty and a try by the No 8.",
    "Mr Ashby, who was fined in October for criticising a referee, said he would appeal to the union.",
    '"We\'re going to keep hearing limbs come down all night."',
    "She faced the crowd and thanked them.",
    "The charger was fine, the engineer said.",
  ])("GIVEN %j THEN nothing is at stake in it", (sentence) => {
    expect(STAKES.test(sentence)).toBe(false);
  });
});
