import { describe, expect, it } from "vitest";
import { withoutOpeningAdverb } from "../../src/text/openingAdverb.js";

describe("withoutOpeningAdverb", () => {
  it.each([
    ["Most recently, Dana Ruiz", "Dana Ruiz"],
    ["Notably, the port authority", "the port authority"],
    ["Perhaps more importantly, Ken Obi", "Ken Obi"],
    // Surnames that end like adverbs, and an adverb without its comma, stay.
    ["Connolly, a nurse", "Connolly, a nurse"],
    ["Daly, the coach", "Daly, the coach"],
    ["Only Ken Obi", "Only Ken Obi"],
  ])("GIVEN %j THEN %j", (text, rest) => {
    expect(withoutOpeningAdverb(text)).toBe(rest);
  });
});
