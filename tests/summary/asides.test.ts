import { describe, expect, it } from "vitest";
import { findAsides, withoutAsides } from "../../src/summary/asides.js";

const nothingQuoted = () => false;
const shortened = (sentence: string, quoted: (offset: number) => boolean = nothingQuoted) =>
  withoutAsides(sentence, findAsides(sentence, quoted));

describe("findAsides", () => {
  it("GIVEN where and when a statement was made, between its verb and “that” THEN that is the aside", () => {
    expect(
      shortened(
        "The mayor said in a radio interview on Friday that the bridge would reopen in March.",
      ),
    ).toBe("The mayor said … that the bridge would reopen in March.");
    expect(
      shortened("Okafor told reporters outside the courthouse late Tuesday that she would appeal."),
    ).toBe("Okafor told reporters … that she would appeal.");
  });

  it("GIVEN a clause that adds to a thing between commas (“, which …,”) THEN it goes with its commas", () => {
    expect(
      shortened(
        "The Delmore Mill, which employed 400 people at its peak in the 1970s, closed on Friday after 112 years.",
      ),
    ).toBe("The Delmore Mill … closed on Friday after 112 years.");
  });

  it("GIVEN a bracketed gloss (a conversion) THEN it is an aside; one word in brackets is not", () => {
    expect(
      shortened(
        "Snow fell to a depth of 40 centimetres (16 inches) across the (UK) region overnight.",
      ),
    ).toBe("Snow fell to a depth of 40 centimetres … across the (UK) region overnight.");
  });

  it("GIVEN an aside of fewer than three words (“said Monday that”) THEN the sentence stays whole", () => {
    const sentence = "The council said Monday that the vote would be held again.";
    expect(findAsides(sentence, nothingQuoted)).toEqual([]);
  });

  it("GIVEN a clause that carries a negation or a denial THEN it is never left out", () => {
    for (const sentence of [
      "The plant, which has not passed an inspection since 2019, will close in June.",
      "The agency, which denied any role in the leak, said the data was safe.",
    ]) {
      expect(findAsides(sentence, nothingQuoted)).toEqual([]);
    }
  });

  it("GIVEN an aside inside a quotation THEN the quote is never cut", () => {
    const sentence =
      '"We said in a meeting on Monday that the plan was dead," the union leader recalled.';
    const quoteEnd = sentence.indexOf('," ') + 1;
    expect(findAsides(sentence, (offset) => offset > 0 && offset < quoteEnd)).toEqual([]);
    expect(findAsides(sentence, nothingQuoted)).toHaveLength(1);
  });

  it("GIVEN any sentence THEN what is left is the sentence's own words in order, and each aside saves what it says", () => {
    const sentence =
      "Ruiz, who spoke in Spanish, said in a statement issued by her lawyers on Sunday that the ship, which flies a Panamanian flag, had left port (as planned) before the storm.";
    const asides = findAsides(sentence, nothingQuoted);
    expect(asides.map((a) => sentence.slice(a.start, a.end))).toEqual([
      "in a statement issued by her lawyers on Sunday",
      "which flies a Panamanian flag",
      "(as planned)",
    ]);
    for (const aside of asides) {
      expect(aside.words).toBe(sentence.slice(aside.start, aside.end).split(/\s+/).length);
    }
    let from = 0;
    for (const piece of withoutAsides(sentence, asides).split("…")) {
      const words = piece.trim().replace(/^,\s*/, "");
      const at = sentence.indexOf(words, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + words.length;
    }
  });
});
