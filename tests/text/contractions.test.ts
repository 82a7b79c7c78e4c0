import { describe, expect, it } from "vitest";
import { withoutContractions } from "../../src/text/contractions.js";

describe("withoutContractions", () => {
  it.each([
    ["we've been through this before", "we have been through this before"],
    ["they're not going", "they are not going"],
    ["i'm sure we'll see", "i am sure we will see"],
    ["it won't, it can't and it shan't", "it will not, it can not and it shall not"],
    ["we cannot and don't", "we can not and do not"],
  ])("GIVEN %j THEN %j", (contracted, full) => {
    expect(withoutContractions(contracted)).toBe(full);
  });

  it("GIVEN 's and 'd, each two words THEN they stay as printed", () => {
    expect(withoutContractions("it's what we'd do")).toBe("it's what we'd do");
  });
});
