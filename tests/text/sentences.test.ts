import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

function texts(paragraph: string): string[] {
  return splitSentences(paragraph).map((sentence) => sentence.text);
}

describe("splitSentences", () => {
  it("GIVEN two plain sentences WHEN split THEN there are two, without the space between them", () => {
    expect(texts("The bridge reopened Monday. Traffic resumed.")).toEqual([
      "The bridge reopened Monday.",
      "Traffic resumed.",
    ]);
  });

  it('GIVEN "The U.S. Embassy said so. It closed." WHEN split THEN the break after U.S. is undone and there are two sentences', () => {
    expect(texts("The U.S. Embassy said so. It closed.")).toEqual([
      "The U.S. Embassy said so.",
      "It closed.",
    ]);
  });

  it.each([
    ["Mr. Smith", "Mr. Smith arrived at the hearing late."],
    ["Gov. Jane Doe", "Gov. Jane Doe signed the bill on Friday."],
    ["Dr. Anjali Mehta", "Dr. Anjali Mehta said 11 runners went to hospital."],
    ["5 p.m. Monday", "The vote is set for 5 p.m. Monday in the council chamber."],
    ["Acme Inc. in", "He works at Acme Inc. in Ohio."],
    ["Sen. Ross", "Sen. Ross said the bill would pass."],
  ])("GIVEN a sentence with %s WHEN split THEN it stays one sentence", (_what, sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it('GIVEN "at 3 a.m. He left." WHEN split THEN it breaks after a.m. because He opens a sentence', () => {
    expect(texts("They met at 3 a.m. He left.")).toEqual(["They met at 3 a.m.", "He left."]);
  });

  it("GIVEN an abbreviation followed by The WHEN split THEN it breaks there", () => {
    expect(texts("He works at Acme Inc. The firm grew.")).toEqual([
      "He works at Acme Inc.",
      "The firm grew.",
    ]);
  });

  it("GIVEN a title abbreviation inside an opening quote WHEN split THEN the break after it is still undone", () => {
    expect(texts("“Mr. Smith is here,” she said.")).toEqual(["“Mr. Smith is here,” she said."]);
  });

  it("GIVEN a quote holding two sentences WHEN split THEN it breaks inside the quote as Intl.Segmenter does", () => {
    const paragraph = "“We are not leaving. We will stay,” she said. Then she left.";
    expect(texts(paragraph)).toEqual([
      "“We are not leaving.",
      "We will stay,” she said.",
      "Then she left.",
    ]);
    const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    expect([...segmenter.segment(paragraph)].map((s) => s.segment.trim())).toEqual(
      texts(paragraph),
    );
  });

  it("GIVEN a sentence ending inside closing quotes WHEN split THEN the closing quote stays with it", () => {
    expect(texts('Price called it "baseless." Officials disagreed.')).toEqual([
      'Price called it "baseless."',
      "Officials disagreed.",
    ]);
  });

  it("GIVEN a quoted question or exclamation and then its attribution in lower case WHEN split THEN the attribution stays in the sentence; a new sentence after a question still starts one", () => {
    expect(
      texts(
        'Parents were divided. "I work five days a week, so who watches my kids on Friday?" asked Lena Marsh, a mother of three. Others agreed.',
      ),
    ).toEqual([
      "Parents were divided.",
      '"I work five days a week, so who watches my kids on Friday?" asked Lena Marsh, a mother of three.',
      "Others agreed.",
    ]);
    expect(texts("'Not again!' shouted Ken Obi from the pier. Was it fair? Nobody knows.")).toEqual(
      ["'Not again!' shouted Ken Obi from the pier.", "Was it fair?", "Nobody knows."],
    );
  });

  it("GIVEN decimals and prices WHEN split THEN their periods do not end sentences", () => {
    expect(texts("It costs $1.5 billion, up 4.8 percent. That is a lot.")).toEqual([
      "It costs $1.5 billion, up 4.8 percent.",
      "That is a lot.",
    ]);
  });

  it("GIVEN a paragraph with leading and trailing spaces WHEN split THEN each sentence's offsets slice it back out of the paragraph", () => {
    const paragraph = "  The U.S. Embassy said so.   It closed at 5 p.m. Monday.  ";
    const sentences = splitSentences(paragraph);
    expect(sentences).toEqual([
      { text: "The U.S. Embassy said so.", start: 2, end: 27 },
      { text: "It closed at 5 p.m. Monday.", start: 30, end: 57 },
    ]);
    for (const sentence of sentences) {
      expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("GIVEN an empty or blank paragraph WHEN split THEN there are no sentences", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \t ")).toEqual([]);
  });

  it("GIVEN a dateline with a state abbreviation WHEN split THEN the dateline stays with its sentence", () => {
    expect(texts("RIDGELINE, Colo. (Reuters) - Thousands of people fled. Crews arrived.")).toEqual([
      "RIDGELINE, Colo. (Reuters) - Thousands of people fled.",
      "Crews arrived.",
    ]);
  });

  it("GIVEN any text WHEN split THEN sentences are in order, do not overlap, are verbatim slices, and only whitespace lies between them", () => {
    const sentenceLike = fc.array(
      fc.oneof(
        fc.string({ unit: "grapheme" }),
        fc.constantFrom(
          "Mr.",
          "U.S.",
          "a.m.",
          "Inc.",
          "He",
          "The",
          ". ",
          "? ",
          "! ",
          "“",
          "”",
          " ",
          "\n",
        ),
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          sentenceLike.map((parts) => parts.join(" ")),
        ),
        (paragraph) => {
          const sentences = splitSentences(paragraph);
          let cursor = 0;
          for (const sentence of sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(cursor);
            expect(sentence.end).toBeGreaterThan(sentence.start);
            expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
            expect(sentence.text).toBe(sentence.text.trim());
            expect(paragraph.slice(cursor, sentence.start).trim()).toBe("");
            cursor = sentence.end;
          }
          expect(paragraph.slice(cursor).trim()).toBe("");
        },
      ),
      { numRuns: 500 },
    );
  });
});
