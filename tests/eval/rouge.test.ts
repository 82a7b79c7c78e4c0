import { describe, expect, it } from "vitest";
import { rougeLsum, rougeN, rougeTokens } from "../../eval/rouge.js";

describe("ROUGE", () => {
  it("GIVEN Lin's (2004) summary-level LCS example THEN the union LCS recall is 4/5", () => {
    const score = rougeLsum(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5"]);
    expect(score.recall).toBeCloseTo(0.8, 10);
    expect(score.precision).toBeCloseTo(4 / 10, 10);
  });

  it("GIVEN the textbook cat-and-bed example THEN ROUGE-1 and ROUGE-2 match the published figures", () => {
    const reference = "the cat was under the bed";
    const candidate = "the cat was found under the bed";
    const one = rougeN(candidate, reference, 1);
    expect(one.recall).toBeCloseTo(1, 10);
    expect(one.precision).toBeCloseTo(6 / 7, 10);
    const two = rougeN(candidate, reference, 2);
    expect(two.recall).toBeCloseTo(4 / 5, 10);
    expect(two.precision).toBeCloseTo(4 / 6, 10);
    expect(two.f1).toBeCloseTo((2 * (4 / 5) * (4 / 6)) / (4 / 5 + 4 / 6), 10);
  });

  it("GIVEN identical or disjoint texts THEN F1 is 1 or 0", () => {
    expect(rougeN("Police killed the gunman.", "police killed the gunman", 2).f1).toBe(1);
    expect(rougeN("apples and pears", "stocks fell sharply", 1).f1).toBe(0);
  });

  it("GIVEN inflected words THEN stemming makes them one token", () => {
    expect(rougeTokens("Sanctions sanctioned")).toEqual(["sanction", "sanction"]);
  });
});
