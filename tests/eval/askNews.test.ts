import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BASELINES,
  bylineSystem,
  scoreAskNews,
  sharesIndexTerm,
} from "../../eval/askNews/askNewsEvaluation.js";
import { halfOf, loadAskNews } from "../../eval/askNews/askNewsSet.js";
import { miniSearchDefaults, plainBm25, porterBm25WithLead } from "../../eval/askNews/baselines.js";
import { formatAskNewsScores, formatMisses } from "../../eval/askNews/printAskNews.js";
import { projectRoot } from "../../src/projectRoot.js";

/** Six stories written for the tests, in the format of the real-questions file (see README). */
const SAMPLE = join(projectRoot(), "tests/fixtures/ask-news/sample.json");

describe("the real-news /ask harness, on a sample the team wrote", async () => {
  const stories = await loadAskNews(SAMPLE);
  const scores = scoreAskNews(stories, [bylineSystem, ...BASELINES], sharesIndexTerm);
  const score = (system: string, half: string) =>
    scores.find((s) => s.system === system && s.half === half);

  it("GIVEN the sample THEN every story and question is read, with the answers' paragraphs as Byline numbers them", () => {
    expect(stories).toHaveLength(6);
    for (const { story, answerable } of stories) {
      for (const { paragraphs } of answerable) {
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const n of paragraphs) expect(n).toBeLessThanOrEqual(story.body.length);
      }
    }
    expect(stories.reduce((n, s) => n + s.answerable.length, 0)).toBe(48);
    expect(stories.reduce((n, s) => n + s.unanswerable.length, 0)).toBe(14);
  });

  it("GIVEN a story id THEN its half is fixed by the id alone, and the sample has stories in both", () => {
    for (const { id, half } of stories) expect(halfOf(id)).toBe(half);
    expect(new Set(stories.map((s) => s.half))).toEqual(new Set(["tune", "check"]));
    const ids = Array.from({ length: 400 }, (_, i) => `story-${i}`);
    const tune = ids.filter((id) => halfOf(id) === "tune").length;
    expect(tune).toBeGreaterThan(160);
    expect(tune).toBeLessThan(240);
  });

  it("GIVEN four systems THEN each is scored on the tune half, the check half and both, the two halves adding up", () => {
    for (const system of [bylineSystem, ...BASELINES]) {
      const tune = score(system.name, "tune");
      const check = score(system.name, "check");
      const all = score(system.name, "all");
      expect(tune && check && all).toBeTruthy();
      if (!tune || !check || !all) return;
      expect(all.answerable).toBe(tune.answerable + check.answerable);
      expect(all.top1).toBe(tune.top1 + check.top1);
      expect(all.declinedUnanswerable).toBe(tune.declinedUnanswerable + check.declinedUnanswerable);
      expect(all.top1).toBeLessThanOrEqual(all.top3);
      expect(all.reciprocalRank).toBeGreaterThanOrEqual(all.top1);
      expect(all.reciprocalRank).toBeLessThanOrEqual(all.top3);
    }
  });

  it("GIVEN the baselines THEN BM25+Porter+lead ranks every paragraph (never declines) and plain BM25 declines a question sharing no word", () => {
    expect(score("BM25 + Porter + lead", "all")?.declinedAnswerable).toBe(0);
    expect(score("BM25 + Porter + lead", "all")?.declinedUnanswerable).toBe(0);
    const football = stories.find((s) => s.id === "sample-rovers-comeback");
    const paragraphs = football?.story.body.map((p) => p.text) ?? [];
    expect(plainBm25(paragraphs)("what is the capital of peru")).toEqual([]);
    expect(porterBm25WithLead(paragraphs)("what is the capital of peru")).toHaveLength(
      paragraphs.length,
    );
  });

  it("GIVEN Byline's misses THEN each is filed by kind, a paraphrase sharing no word as 'no shared word'", () => {
    const misses = score(bylineSystem.name, "all")?.misses ?? [];
    for (const miss of misses) {
      const item = stories.find((s) => s.id === miss.story);
      if (!item) throw new Error(miss.story);
      const shares = miss.expected.some((p) => sharesIndexTerm(item, miss.question, p));
      if (miss.kind === "no shared word") expect(shares).toBe(false);
      if (miss.kind === "ranked lower") expect(shares).toBe(true);
    }
    const storm = stories.find((s) => s.id === "sample-storm-edric");
    if (!storm) throw new Error("storm story");
    const trains = storm.answerable.find((q) => q.question === "are trains running");
    expect(trains && sharesIndexTerm(storm, trains.question, trains.paragraphs[0] ?? 0)).toBe(
      false,
    );
    expect(formatMisses(misses)).toContain("### no shared word");
  });

  it("GIVEN the scores THEN the printed tables name each half and each system", () => {
    const printed = formatAskNewsScores(scores, "sample.json");
    for (const heading of ["check half", "tune half", "all stories"])
      expect(printed).toContain(heading);
    for (const system of [bylineSystem, ...BASELINES])
      expect(printed).toContain(`| ${system.name} |`);
  });
});

describe("the baselines", () => {
  const paragraphs = [
    "The council met on Tuesday.",
    "Councillors voted eight to three for the ban on cars.",
    "The vote came after a long debate on cars and buses.",
  ];

  it("GIVEN a question with an inflected word THEN only the Porter baseline matches its stem", () => {
    expect(plainBm25(paragraphs)("how did they vote")).toEqual([2]);
    expect(porterBm25WithLead(paragraphs)("how did they vote").slice(0, 2)).toEqual([1, 2]);
  });

  it("GIVEN a question no paragraph matches THEN the Porter baseline falls back to story order", () => {
    expect(porterBm25WithLead(paragraphs)("weather")).toEqual([0, 1, 2]);
  });

  it("GIVEN MiniSearch with default options THEN it matches whole words only", () => {
    expect(miniSearchDefaults(paragraphs)("cars")).toEqual([1, 2]);
    expect(miniSearchDefaults(paragraphs)("car")).toEqual([]);
  });
});
