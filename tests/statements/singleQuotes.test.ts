import { describe, expect, it } from "vitest";
import { withDoubleQuotes } from "../../src/statements/singleQuotes.js";

describe("withDoubleQuotes", () => {
  it.each([
    ["'Corridors are not wards,' she added.", "“Corridors are not wards,” she added."],
    ["said: ‘Nobody told us anything.’", "said: “Nobody told us anything.”"],
    ["called the figures 'a national scandal'.", "called the figures “a national scandal”."],
    [
      "The mayor called the plan 'rushed' on Monday. 'It will pass,' she said.",
      "The mayor called the plan “rushed” on Monday. “It will pass,” she said.",
    ],
  ])(
    "GIVEN %j THEN its quote marks are double, every other character in place",
    (text, expected) => {
      const converted = withDoubleQuotes(text);
      expect(converted).toBe(expected);
      expect(converted.length).toBe(text.length);
    },
  );

  it.each([
    "The nurses' station was empty, and Khan's shift ran on.",
    "We don't know, she said.",
    '"Already double," she said, "with a \'single\' inside."',
  ])("GIVEN apostrophes, or double marks already (%j) THEN the text is unchanged", (text) => {
    expect(withDoubleQuotes(text)).toBe(text);
  });
});
