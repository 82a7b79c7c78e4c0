import { describe, expect, it } from "vitest";
import { mergeSpans } from "../../src/text/spans.js";

describe("mergeSpans", () => {
  it("GIVEN a hyphenated word and its parts, out of order THEN one span, sorted", () => {
    expect(
      mergeSpans([
        [9, 14],
        [0, 14],
        [0, 5],
        [20, 25],
      ]),
    ).toEqual([
      [0, 14],
      [20, 25],
    ]);
  });

  it("GIVEN touching spans THEN one; GIVEN a gap THEN two; GIVEN none THEN none", () => {
    expect(
      mergeSpans([
        [0, 5],
        [5, 8],
      ]),
    ).toEqual([[0, 8]]);
    expect(
      mergeSpans([
        [0, 5],
        [6, 8],
      ]),
    ).toEqual([
      [0, 5],
      [6, 8],
    ]);
    expect(mergeSpans([])).toEqual([]);
  });
});
