import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/statements/quoteSpans.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

/** The quoted words of each span, as the offsets cut them from the text. */
const quoted = (text: string) =>
  findQuoteSpans(text).map((span) => text.slice(span.start, span.end));

const seed = readStory(SEED_STORY);
const paragraph = (n: number, story = seed) => story.body[n - 1]?.text ?? "";

describe("findQuoteSpans", () => {
  it("GIVEN a paragraph quoted in single marks, British-style, THEN those are its quotations, offsets as printed", () => {
    const text =
      "The new wing, which staff nicknamed 'the ward that never sleeps', opened on Monday.";
    expect(quoted(text)).toEqual(["the ward that never sleeps"]);
    expect(quoted("The nurses' station was empty, and Khan's shift ran on.")).toEqual([]);
  });

  it("GIVEN curly quotes WHEN read THEN the span is the words between the marks, without them", () => {
    const text = "“We had gusts up to 60 miles an hour,” the chief said.";
    expect(findQuoteSpans(text)).toEqual([{ open: 0, start: 1, end: 37, close: 38, closed: true }]);
    expect(quoted(text)).toEqual(["We had gusts up to 60 miles an hour,"]);
  });

  it("GIVEN straight quotes WHEN read THEN each pair is one span, in order", () => {
    const text = '"A is first," she said, "and B is second."';
    expect(quoted(text)).toEqual(["A is first,", "and B is second."]);
    expect(findQuoteSpans(text).every((span) => span.closed)).toBe(true);
  });

  it("GIVEN doubled-apostrophe quotes ('' '') WHEN read THEN they are quotes like any other", () => {
    const text = "He called it ''a mistake'' and said ''we will see.''";
    expect(quoted(text)).toEqual(["a mistake", "we will see."]);
    const [first] = findQuoteSpans(text);
    expect(text.slice(first?.open, first?.start)).toBe("''");
    expect(text.slice(first?.end, first?.close)).toBe("''");
  });

  it("GIVEN the bundled story's ¶7 WHEN read THEN both halves of Sullivan's split quote are spans, the marks outside them", () => {
    const text = paragraph(7);
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(2);
    expect(quoted(text)[0]).toMatch(/^We assess an official Russian delegation/);
    expect(quoted(text)[1]).toBe(
      "This suggests ongoing Russian interest in acquiring Iranian attack-capable UAVs.",
    );
    for (const span of spans) {
      expect(text[span.open]).toBe('"');
      expect(text[span.close - 1]).toBe('"');
    }
  });

  it.each([
    [
      '“We were told "wait and see" for weeks,” Alvarez said.',
      'We were told "wait and see" for weeks,',
    ],
    [
      '"We were told “wait and see” for weeks," Alvarez said.',
      "We were told “wait and see” for weeks,",
    ],
  ])(
    "GIVEN double quotes of the other style nested inside a quote (%j) THEN one span, closed by the mark that matches its opening",
    (text, words) => {
      expect(quoted(text)).toEqual([words]);
    },
  );

  it("GIVEN a quote left open at the paragraph's end WHEN read THEN it runs to the end with closed: false", () => {
    const text =
      '"It won\'t. Container traffic is down," she said. "The port fee revenue came in short.';
    const spans = findQuoteSpans(text);
    expect(spans.map((span) => span.closed)).toEqual([true, false]);
    expect(spans[1]?.end).toBe(text.length);
    expect(spans[1]?.close).toBe(text.length);
    expect(quoted(text)[1]).toBe("The port fee revenue came in short.");
  });

  it("GIVEN the budget story's ¶5, whose quote continues into ¶6 THEN its last span is open and ¶6's is closed", () => {
    const budget = readStory(fixturePath("harbor-city-budget.md"));
    expect(findQuoteSpans(paragraph(5, budget)).at(-1)?.closed).toBe(false);
    expect(findQuoteSpans(paragraph(6, budget)).map((span) => span.closed)).toEqual([true]);
  });

  it("GIVEN apostrophes inside and at the end of words (Iran’s, Fox News') THEN they are not quotes", () => {
    expect(
      findQuoteSpans("Iran’s Foreign Ministry spoke to Fox News' reporters on Friday."),
    ).toEqual([]);
    expect(
      findQuoteSpans("Fox News' Ben Evansky, Caitlin McFall and The Associated Press contributed."),
    ).toEqual([]);
    expect(
      quoted("Putin’s visit was “a signal,” Iran’s minister said of the Kremlin’s plans."),
    ).toEqual(["a signal,"]);
  });

  it("GIVEN a paragraph without quote marks THEN no spans", () => {
    expect(findQuoteSpans(paragraph(6))).toEqual([]); // "UAVs are unmanned aerial vehicles, or drones."
  });

  it("GIVEN empty quote marks THEN no span, since nothing is quoted", () => {
    expect(findQuoteSpans('He said "" and left.')).toEqual([]);
  });

  it("GIVEN any text THEN spans are in order, do not overlap, sit inside the text and only the last may be open", () => {
    const piece = fc.constantFrom(
      '"',
      "“",
      "”",
      "''",
      "’",
      "'",
      " ",
      ",",
      ".",
      "said",
      "We",
      "Iran’s",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join("")),
    );
    fc.assert(
      fc.property(text, (value) => {
        const spans = findQuoteSpans(value);
        let previousClose = 0;
        spans.forEach((span, index) => {
          expect(span.open).toBeGreaterThanOrEqual(previousClose);
          expect(span.open).toBeLessThan(span.start);
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(span.close);
          expect(span.close).toBeLessThanOrEqual(value.length);
          const words = value.slice(span.start, span.end);
          expect(words).toBe(words.trim());
          if (!span.closed) {
            expect(index).toBe(spans.length - 1);
            expect(span.close).toBe(value.length);
          }
          previousClose = span.close;
        });
      }),
      { numRuns: 500 },
    );
  });
});
