import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../src/statements/analyzeStory.js";
import {
  CONFIDENCE_FEATURES,
  type ConfidenceFeatures,
  confidenceOf,
  LEARNED_MODEL,
} from "../../src/statements/attributionConfidence.js";
import weights from "../../src/statements/data/attribution-weights.json" with { type: "json" };
import { parseStory } from "../../src/story/parseStory.js";

/** Each reading's confidence, by the words it attributes, in a story written for the test. */
function confidences(body: string): Map<string, number> {
  const found = new Map<string, number>();
  analyzeStory(parseStory("pier.txt", `Pier Plan\n\n${body}`), new Set(), (features, statement) => {
    found.set(statement.text, confidenceOf(features));
    return true;
  });
  return found;
}

describe("how sure a reading of who said what is", () => {
  it("GIVEN the weights file THEN every weight is a feature's and the threshold is a probability", () => {
    for (const name of Object.keys(weights.weights)) expect(CONFIDENCE_FEATURES).toContain(name);
    expect(LEARNED_MODEL.threshold).toBeGreaterThan(0);
    expect(LEARNED_MODEL.threshold).toBeLessThan(1);
  });

  it("GIVEN no weights THEN every reading is even odds", () => {
    const features = Object.fromEntries(
      CONFIDENCE_FEATURES.map((name) => [name, 1]),
    ) as ConfidenceFeatures;
    expect(confidenceOf(features, { weights: {}, threshold: 0.5 })).toBe(0.5);
  });

  it("GIVEN a quote with its speaker's full name and role after it THEN the reading is sure enough", () => {
    const [confidence] = confidences(
      '"We will close the north pier for good," said Mayor Dana Ruiz, who chairs the council.',
    ).values();
    expect(confidence).toBeGreaterThanOrEqual(LEARNED_MODEL.threshold);
  });

  it("GIVEN a one-word misread name in a long sentence of other names THEN it is less sure than a plain attribution", () => {
    const plain = [
      ...confidences('Dana Ruiz, the mayor, said the pier was "beyond repair."').values(),
    ][0];
    const doubtful = [
      ...confidences(
        'Against the advice of engineers from Fenwick, Harbor, Dover and Salem, who had studied the pier for years, the mayor asked Canada for help, calling the pier "beyond repair."',
      ).values(),
    ][0];
    expect(plain).toBeDefined();
    expect(doubtful ?? 0).toBeLessThan(plain ?? 0);
  });

  it("GIVEN a reading too unsure THEN its words are no statement: no one is named for them", () => {
    const story = parseStory(
      "pier.txt",
      'Pier Plan\n\nTalks in Fenwick, which the council had hoped would settle the matter after months of delay and two storms, went on late into the night, with France calling the pier "beyond repair."',
    );
    expect(analyzeStory(story).statements).toEqual([]);
  });
});
