import { describe, expect, it } from "vitest";
import { loadQuestionSet, loadStoryLibrary, scoreAsk } from "../../eval/askEvaluation.js";
import { labelledStories } from "../../eval/datasets.js";

/**
 * Regression floors for `ask` on the labelled question sets (see `npm run eval`). They sit just under
 * today's figures so a change that makes answers worse fails here; raise them as answers improve.
 * The targets (≥ 90% top-1, 100% top-3, ≥ 90% no result for unanswerable) are not met yet.
 */
const FLOOR = { top1: 0.45, top3: 0.55, rejected: 0.6 };
const OVERALL_FLOOR = { top1: 0.64, top3: 0.7, rejected: 0.76 };

describe("ask quality on the labelled stories", async () => {
  const scores = await Promise.all(
    (await labelledStories()).map(async ({ questions, story }) =>
      scoreAsk(await loadStoryLibrary(story), await loadQuestionSet(questions)),
    ),
  );

  it("GIVEN five labelled stories (the bundled one and four fixtures) THEN every one is scored", () => {
    expect(scores.map((s) => s.story)).toEqual([
      "chip-export-rules",
      "coastal-marathon-heat",
      "harbor-city-budget",
      "putin-visits-tehran",
      "ridgeline-wildfire",
    ]);
  });

  it.each(scores.map((s) => [s.story, s] as const))(
    "GIVEN %s THEN accuracy stays above the floors",
    (_story, s) => {
      expect(s.top1 / s.answerable).toBeGreaterThanOrEqual(FLOOR.top1);
      expect(s.top3 / s.answerable).toBeGreaterThanOrEqual(FLOOR.top3);
      expect(s.rejected / s.unanswerable).toBeGreaterThanOrEqual(FLOOR.rejected);
    },
  );

  it("GIVEN all stories together THEN overall accuracy stays above the floors", () => {
    const sum = (pick: (s: (typeof scores)[number]) => number) =>
      scores.reduce((total, s) => total + pick(s), 0);
    expect(sum((s) => s.top1) / sum((s) => s.answerable)).toBeGreaterThanOrEqual(
      OVERALL_FLOOR.top1,
    );
    expect(sum((s) => s.top3) / sum((s) => s.answerable)).toBeGreaterThanOrEqual(
      OVERALL_FLOOR.top3,
    );
    expect(sum((s) => s.rejected) / sum((s) => s.unanswerable)).toBeGreaterThanOrEqual(
      OVERALL_FLOOR.rejected,
    );
  });
});
