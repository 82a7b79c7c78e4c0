import { describe, expect, it } from "vitest";
import { buildAliasTable } from "../../src/search/aliasTable.js";
import { createAnalyzer } from "../../src/search/analyzer.js";
import { contradicts, readsAsClaim } from "../../src/statements/polarity.js";
import { isFragmentOf } from "../../src/text/fragment.js";

const analyze = createAnalyzer(buildAliasTable([]));

describe("contradicts", () => {
  it.each([
    ["the drug affected her performance", "the amount was too small to affect her performance"],
    [
      "the budget fixes the structural gap",
      "This budget buys us time, but it does not fix the structural gap.",
    ],
    ["people can be rebuilt", "Houses can be rebuilt. People can’t."],
    [
      "drones are being acquired by Russia",
      "the accusations about drones being acquired by Russia are baseless.",
    ],
    [
      "Russia is not interested in drones",
      "This suggests ongoing Russian interest in acquiring drones.",
    ],
    [
      "the ladder would succeed at this height",
      "the ladder was unlikely to succeed at this height",
    ],
    [
      "Whitcomb had prior convictions",
      "Police did not say whether Whitcomb had prior convictions.",
    ],
    ["the timeline could be moved up", "declined to say whether the timeline could be moved up"],
  ])("GIVEN %j and %j THEN they say opposite things", (a, b) => {
    expect(contradicts(a, b, analyze)).toBe(true);
    expect(contradicts(b, a, analyze)).toBe(true);
  });

  it.each([
    [
      "the budget buys us time",
      "This budget buys us time, but it does not fix the structural gap.",
    ],
    ["not meeting the demand", "The answers are not meeting the demand."],
    ["the council voted on the budget", "The council voted 7-2 on the budget."],
    // A negation reaches back only when nothing follows it in its clause ("People can't.").
    [
      "the salmon were the whole point",
      "The salmon were not an afterthought. They were the whole point.",
    ],
    // The typed text denies one thing and claims another: the claim it shares is not negated.
    [
      "The administration may be reluctant to act. I don't think that concern ought to outweigh it",
      "The administration may be reluctant to act",
    ],
    [
      "the amount was too small to affect her performance",
      "the amount found was so small that it could not have had any effect on her performance",
    ],
  ])("GIVEN %j and %j THEN no contradiction", (a, b) => {
    expect(contradicts(a, b, analyze)).toBe(false);
  });
});

describe("isFragmentOf", () => {
  it.each([
    [
      "trying to cut anyone off",
      "We are not trying to cut anyone off from the global economy.",
      true,
    ],
    ["tryign to cut anyone off", "We are not trying to cut anyone off.", true],
    [
      "cut anyone off from the glo",
      "We are not trying to cut anyone off from the global economy.",
      true,
    ],
    ["people can be rebuilt", "Houses can be rebuilt. People can’t.", false],
    ["", "anything", false],
  ])("GIVEN %j in %j THEN %s", (typed, text, expected) => {
    expect(isFragmentOf(typed, text)).toBe(expected);
  });
});

describe("readsAsClaim", () => {
  it.each([
    "the outcome said much",
    "the accusations are baseless",
    "we will continue to monitor",
    "he took bribes",
  ])("GIVEN a subject and its verb (%j) THEN a claim", (words) => {
    expect(readsAsClaim(words)).toBe(true);
  });

  it.each([
    "a medal for doing my job",
    "fix the structural gap",
    "people doing their jobs",
    "drones being acquired by Russia",
    "trouble for Washington",
  ])("GIVEN a thing or an action with no subject (%j) THEN words, not a claim", (words) => {
    expect(readsAsClaim(words)).toBe(false);
  });
});
