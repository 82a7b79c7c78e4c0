import { describe, expect, it } from "vitest";
import { scoreSentence, sentenceFeatures } from "../../src/summary/sentenceFeatures.js";
import { SUMMARY_MODEL } from "../../src/summary/summaryWeights.js";

const sentence = (text: string, inParagraph = 0) => ({
  text,
  words: text.split(/\s+/).length,
  inParagraph,
  quote: false,
  terms: new Map(
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.map((word) => [word, 1]) ?? [],
  ),
});
const scores = (texts: readonly string[]) =>
  sentenceFeatures(texts.map((text) => sentence(text))).map((features) =>
    scoreSentence(features, SUMMARY_MODEL.weights),
  );

describe("sentenceFeatures with the summary's weights", () => {
  it("GIVEN the same sentence with and without a quotation in it THEN the one without scores higher: a summary reports rather than quotes", () => {
    const [, plain] = scores([
      "The council will close the library in June for a year.",
      "The library manager said the roof collapse was the worst day of her working life.",
    ]);
    const [, quoting] = scores([
      "The council will close the library in June for a year.",
      'The library manager said the roof collapse was "the worst day of her working life."',
    ]);
    expect(plain).toBeGreaterThan(quoting as number);
  });

  it("GIVEN a lede and a later sentence more central than it THEN the lede still scores higher", () => {
    const [lede, central] = scores([
      "Visitors will soon see something not seen in the town for fifty years.",
      "The museum trust said the mill looms would run again, and museum volunteers would run the looms.",
      "Museum staff said the looms made the museum the only one with working looms.",
    ]);
    expect(lede).toBeGreaterThan(central as number);
  });
});
