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

  it("GIVEN a bracketed conversion of a figure THEN it is an aside; other brackets are not", () => {
    expect(
      shortened(
        "Snow fell to a depth of 40 centimetres (16 inches) across the (UK) region overnight.",
      ),
    ).toBe("Snow fell to a depth of 40 centimetres … across the (UK) region overnight.");
    const contradicting =
      "Sales rose 5 percent last year (adjusted for inflation, they fell by 3 percent) but the chain expanded.";
    expect(findAsides(contradicting, nothingQuoted)).toEqual([]);
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

  it("GIVEN an aside that names the channel, a document, a date or a source of its own THEN it is never left out", () => {
    for (const sentence of [
      "Mill owner Tom Castwell said through his lawyer on Monday that he had done nothing wrong.",
      "Officials said in documents seen by Reuters that the plan was dead.",
      "The minister said in an interview in 2015 that the border would stay open.",
      "Ruiz said in a statement issued by her lawyers on Sunday that the ship had left port.",
      "The army said the death toll, which the rebels put at more than 300 civilians, was exaggerated.",
      "The animal, which researchers have named Corvisaurus ruskini, belongs to a group of predators.",
      "The general said at the time that the war would be over by Christmas.",
      "The prisoner said after hours of interrogation that he had spied for the enemy.",
      "Iran said in a joint statement with Russia on Monday that the talks had failed.",
      "The minister said in a statement released by the Kremlin that the deal was done.",
      "The senator said in a satirical post on Friday that the budget was balanced.",
      "The photo, which turned out to be fake, was shared 40,000 times.",
      "The figure, which was later revised down by half, was widely reported.",
      "The firm, which is owned by the minister's brother, won the contract.",
      "Wages rose 4 percent (1 percent after inflation) in the year to March.",
      "The company said in a report that the agency commissioned that profits fell.",
    ]) {
      expect(findAsides(sentence, nothingQuoted), sentence).toEqual([]);
    }
  });

  it("GIVEN a “that” that opens a relative clause (“said in a report that was published …”) THEN nothing is cut before it", () => {
    const sentence = "The company said in a report that was published on Friday that profits fell.";
    expect(shortened(sentence)).toBe(sentence);
  });

  it("GIVEN asides one inside another THEN only the outer one is left out, and the text stays whole around it", () => {
    const sentence =
      "The owner said in a long meeting at the mill, which it bought in the 1990s, on Monday that the mill had lost money.";
    const asides = findAsides(sentence, nothingQuoted);
    for (const [i, aside] of asides.entries()) {
      expect(aside.start).toBeGreaterThanOrEqual(asides[i - 1]?.end ?? 0);
    }
    expect(shortened(sentence)).not.toMatch(/… …|…,|\s{2}/);
  });

  it("GIVEN any sentence THEN what is left is the sentence's own words in order, and each aside saves what it says", () => {
    const sentence =
      "Ruiz, who spoke in Spanish, said in a statement on Sunday that the ship, which flies a Panamanian flag, had left port 40 kilometres (25 miles) before the storm.";
    const asides = findAsides(sentence, nothingQuoted);
    expect(asides.map((a) => sentence.slice(a.start, a.end))).toEqual([
      "in a statement on Sunday",
      "which flies a Panamanian flag",
      "(25 miles)",
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
