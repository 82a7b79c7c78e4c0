import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { halfOf } from "../../eval/askNews/askNewsSet.js";
import { formatSummaryScores } from "../../eval/summaries/printSummaries.js";
import {
  type ArticleScores,
  biggestLosses,
  leadWithin,
  type RougeTable,
  SUMMARIZERS,
  scoreArticle,
} from "../../eval/summaries/summaryEvaluation.js";
import { loadSummaries, type SummaryItem } from "../../eval/summaries/summarySet.js";
import { projectRoot } from "../../src/projectRoot.js";

const SAMPLE = join(projectRoot(), "tests/fixtures/summaries/sample.json");

describe("the summaries harness on articles the team wrote", async () => {
  const items = await loadSummaries(SAMPLE);
  const scored = items.map(scoreArticle);

  it("GIVEN a file of articles THEN each is parsed as a story, in its half by id, with one reference line per highlight", () => {
    expect(items.map((i) => i.id)).toEqual([
      "team-harbor-pier-closure",
      "team-fenwick-library-fire",
      "team-port-ellery-ferry-strike",
    ]);
    for (const item of items) expect(item.half).toBe(halfOf(item.id));
    expect(items[1]?.reference).toHaveLength(3);
    expect(items[0]?.story.body.length).toBeGreaterThan(3);
  });

  it("GIVEN highlights that are an article's first three sentences THEN LEAD-3 scores 100 on ROUGE-1, -2 and -L", () => {
    const pier = scored.find((a) => a.item.id === "team-harbor-pier-closure");
    expect(pier?.scores["lead-3"]).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
  });

  it("GIVEN any article THEN every summarizer has a score between 0 and 1", () => {
    for (const article of scored)
      for (const summarizer of SUMMARIZERS)
        for (const value of Object.values(article.scores[summarizer])) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
  });

  it("GIVEN the report THEN it has the check half, the tune half, all, and the file, each with every summarizer", () => {
    const report = formatSummaryScores(scored);
    for (const part of ["### all (3 articles)", `### ${SAMPLE} (3 articles)`])
      expect(report).toContain(part);
    for (const half of new Set(items.map((i) => i.half)))
      expect(report).toContain(`### ${half} half`);
    for (const summarizer of SUMMARIZERS) expect(report).toContain(`| ${summarizer} |`);
  });
});

describe("LEAD-n in the words of Byline's summary", () => {
  const sentences = ["One two three four.", "Five six seven.", "Eight nine ten eleven twelve."];

  it.each([
    [7, 2],
    [6, 1],
    [12, 3],
    [2, 1],
  ])("GIVEN a budget of %i words THEN the first %i sentences (at least one)", (budget, count) => {
    expect(leadWithin(sentences, budget)).toEqual(sentences.slice(0, count));
  });
});

describe("the articles where the short summary loses most", () => {
  const table = (value: number): RougeTable => ({ rouge1: value, rouge2: value, rougeL: value });
  const article = (id: string, ours: number, lead: number): ArticleScores => {
    const scores = Object.fromEntries(
      SUMMARIZERS.map((s) => [s, table(0.3)]),
    ) as ArticleScores["scores"];
    return {
      item: { id } as SummaryItem,
      scores: { ...scores, "byline short": table(ours), "lead-3": table(lead) },
    };
  };

  it("GIVEN wins and losses THEN only the losses, worst first, at most as many as asked", () => {
    const articles = [
      article("a", 0.5, 0.4),
      article("b", 0.2, 0.4),
      article("c", 0.3, 0.35),
      article("d", 0.1, 0.5),
    ];
    expect(biggestLosses(articles, 2).map((a) => a.item.id)).toEqual(["d", "b"]);
    expect(biggestLosses(articles, 10).map((a) => a.item.id)).toEqual(["d", "b", "c"]);
  });
});
