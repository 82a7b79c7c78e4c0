import { describe, expect, it } from "vitest";
import type { Attribution } from "../../src/answers/attribution.js";
import { attributionLine, joinNames } from "../../src/render/attributionLine.js";

const base: Attribution = {
  story: "bridge",
  title: "Bridge reopens",
  contributors: [],
  paragraph: 4,
};

describe("attributionLine", () => {
  it("GIVEN only a title WHEN rendered THEN the line is the paragraph and the quoted title", () => {
    expect(attributionLine(base)).toBe("¶4 · “Bridge reopens”");
  });

  it('GIVEN outlet, contributors and url WHEN rendered THEN they follow in that order, names joined as "A, B and C"', () => {
    expect(
      attributionLine({
        ...base,
        outlet: "Harbor City Ledger",
        contributors: ["Ana Ruiz", "Tom Hale", "Li Wei"],
        url: "https://example.com/bridge",
        published: "2026-03-14",
      }),
    ).toBe(
      "¶4 · “Bridge reopens” · Harbor City Ledger · by Ana Ruiz, Tom Hale and Li Wei · https://example.com/bridge",
    );
  });

  it("GIVEN a title longer than 60 characters WHEN rendered THEN it is cut at a word, without trailing punctuation, with an ellipsis", () => {
    const line = attributionLine({
      ...base,
      title:
        "Russian President Vladimir Putin is traveling to Tehran, Tuesday, for meetings with Iranian and Turkish officials",
    });
    expect(line).toBe("¶4 · “Russian President Vladimir Putin is traveling to Tehran…”");
  });
});

describe("joinNames", () => {
  it.each([
    [[], ""],
    [["Ana Ruiz"], "Ana Ruiz"],
    [["Ana Ruiz", "Tom Hale"], "Ana Ruiz and Tom Hale"],
    [
      ["Ben Evansky", "Caitlin McFall", "The Associated Press"],
      "Ben Evansky, Caitlin McFall and The Associated Press",
    ],
  ])("GIVEN %j WHEN joined THEN it reads %j", (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});
