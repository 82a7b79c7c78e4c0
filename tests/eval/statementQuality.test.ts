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
 * Regression floors for who said / who is on the labelled statement sets (see `npm run eval`). Each
 * sits about five points under today's figure, so a change that loses statements or names the wrong
 * speaker fails here; raise them as extraction improves.
 */
const FLOORS: Record<string, { recall: number; speakerByQuote: number }> = {
  "chip-export-rules": { recall: 0.76, speakerByQuote: 0.76 },
  "coastal-marathon-heat": { recall: 0.95, speakerByQuote: 0.95 },
  "harbor-city-budget": { recall: 0.72, speakerByQuote: 0.72 },
  "putin-visits-tehran": { recall: 0.81, speakerByQuote: 0.81 },
  "ridgeline-wildfire": { recall: 0.82, speakerByQuote: 0.76 },
};
/** All stories together. */
const OVERALL_FLOOR = {
  extractionPrecision: 0.95,
  extractionRecall: 0.8,
  speakerByQuote: 0.79,
  speakerByFragment: 0.78,
  speakerByMisspelledFragment: 0.79,
  roles: 0.81,
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
