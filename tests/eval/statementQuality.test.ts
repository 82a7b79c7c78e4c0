import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStoryLibrary } from "../../eval/askEvaluation.js";
import { labelledStories, STATEMENTS_DIR } from "../../eval/datasets.js";
import {
  loadStatementSet,
  type Rate,
  type StatementScore,
  scoreStatements,
} from "../../eval/statementEvaluation.js";

/**
 * The targets of the /who issue, on every labelled statement set (see `npm run eval`): ≥ 90%
 * statement recall and ≥ 95% speaker accuracy per story, given the statement, a fragment of it or
 * a misspelled fragment.
 */
const TARGET = { recall: 0.9, speaker: 0.95 };
const FLOORS: Record<string, { recall: number; speakerByQuote: number }> = {
  "chip-export-rules": { recall: TARGET.recall, speakerByQuote: TARGET.speaker },
  "coastal-marathon-heat": { recall: TARGET.recall, speakerByQuote: TARGET.speaker },
  "harbor-city-budget": { recall: TARGET.recall, speakerByQuote: TARGET.speaker },
  "putin-visits-tehran": { recall: TARGET.recall, speakerByQuote: TARGET.speaker },
  "ridgeline-wildfire": { recall: TARGET.recall, speakerByQuote: TARGET.speaker },
};
/** All stories together. */
const OVERALL_FLOOR = {
  extractionPrecision: 0.95,
  extractionRecall: TARGET.recall,
  speakerByQuote: TARGET.speaker,
  speakerByFragment: TARGET.speaker,
  speakerByMisspelledFragment: TARGET.speaker,
  roles: 0.9,
  narration: 0.95,
};

const share = (rate: Rate) => (rate.all === 0 ? 1 : rate.right / rate.all);

describe("statement quality on the labelled stories", async () => {
  const scores: StatementScore[] = await Promise.all(
    (await labelledStories()).map(async ({ story }) => {
      const id =
        story
          .split("/")
          .at(-1)
          ?.replace(/\.[^.]+$/, "") ?? "";
      return scoreStatements(
        await loadStoryLibrary(story),
        await loadStatementSet(join(STATEMENTS_DIR, `${id}.json`)),
      );
    }),
  );

  it("GIVEN five labelled stories (the bundled one and four fixtures) THEN every one is scored on every label", () => {
    expect(scores.map((s) => s.story)).toEqual(Object.keys(FLOORS));
    for (const s of scores) {
      expect(s.extractionRecall.all).toBeGreaterThanOrEqual(10);
      expect(s.falseSpeakers.all).toBeGreaterThanOrEqual(8);
    }
  });

  it.each(scores.map((s) => [s.story, s] as const))(
    "GIVEN %s's texts that no one in it said THEN no speaker is named for any of them",
    (_story, s) => {
      const named = s.misses.filter((miss) => miss.startsWith("named a speaker for"));
      expect(named).toEqual([]);
      expect(s.falseSpeakers.right).toBe(0);
    },
  );

  it.each(scores.map((s) => [s.story, s] as const))(
    "GIVEN %s THEN extraction recall and speaker accuracy by quote stay above the floors",
    (story, s) => {
      const floor = FLOORS[story];
      expect(floor).toBeDefined();
      expect(share(s.extractionRecall)).toBeGreaterThanOrEqual(floor?.recall ?? 1);
      expect(share(s.speakerByQuote)).toBeGreaterThanOrEqual(floor?.speakerByQuote ?? 1);
    },
  );

  it.each(scores.map((s) => [s.story, s] as const))(
    "GIVEN %s WHEN asked with six words of a statement, or those words misspelled THEN the speaker is still right",
    (_story, s) => {
      expect(share(s.speakerByFragment)).toBeGreaterThanOrEqual(TARGET.speaker);
      expect(share(s.speakerByMisspelledFragment)).toBeGreaterThanOrEqual(TARGET.speaker);
    },
  );

  it("GIVEN all stories together THEN precision, recall, speakers by quote, fragment and misspelling, roles and narration stay above the floors", () => {
    const total = (pick: (s: StatementScore) => Rate): Rate =>
      scores.reduce(
        (sum, s) => ({ right: sum.right + pick(s).right, all: sum.all + pick(s).all }),
        { right: 0, all: 0 },
      );
    for (const [measure, floor] of Object.entries(OVERALL_FLOOR)) {
      const rate = total((s) => s[measure as keyof typeof OVERALL_FLOOR]);
      expect(share(rate), measure).toBeGreaterThanOrEqual(floor);
    }
  });
});
