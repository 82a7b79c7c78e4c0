import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { halfOf } from "../../eval/askNews/askNewsSet.js";
import {
  formatAblation,
  formatQuoteMisses,
  formatQuoteScores,
} from "../../eval/quotes/printQuotes.js";
import {
  attributeQuotes,
  isNamedItem,
  STATEMENT_RULES,
  tally,
} from "../../eval/quotes/quoteEvaluation.js";
import { loadQuotes } from "../../eval/quotes/quoteSet.js";
import { projectRoot } from "../../src/projectRoot.js";
import { foldText } from "../../src/text/fold.js";

/**
 * Three stories written for the tests, in the two layouts of the real-quotes files (see README):
 * a list of items each carrying its article, and articles stored once beside the items.
 */
const LIST = join(projectRoot(), "tests/fixtures/quotes/sample-list.json");
const ARTICLES_APART = join(projectRoot(), "tests/fixtures/quotes/sample-articles-apart.json");

describe("the real-quotes /who said harness, on samples the team wrote", async () => {
  const items = [...(await loadQuotes(LIST)), ...(await loadQuotes(ARTICLES_APART))];
  const quotes = attributeQuotes(items);

  it("GIVEN both layouts THEN every item is read with its own article and a half fixed by the article", () => {
    expect(items).toHaveLength(9);
    for (const item of items) {
      expect(item.article.length).toBeGreaterThan(100);
      expect(item.half).toBe(halfOf(item.articleId));
    }
    const rovers = items.filter((i) => i.articleId.includes("rovers"));
    expect(rovers.every((i) => i.article.includes("Leo Marsh"))).toBe(true);
    expect(new Set(items.map((i) => i.half))).toEqual(new Set(["tune", "check"]));
  });

  it("GIVEN an item naming an article the file lacks THEN loading fails, naming the item", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const file = join(await mkdtemp(join(tmpdir(), "quotes-")), "broken.json");
    const item = {
      id: "orphan-E1",
      text_path: "text/missing.txt",
      quote: '"Words,"',
      quote_kind: "direct",
      speaker: "Ruiz",
      speaker_mention_kind: "name_or_org",
      speaker_key: "Ruiz",
    };
    await writeFile(file, JSON.stringify({ articles: {}, items: [item] }));
    await expect(loadQuotes(file)).rejects.toThrow(/orphan-E1.*text\/missing\.txt/);
  });

  it("GIVEN the quotes THEN a named item is right exactly when the name given holds the key, and a plain attribution is right", () => {
    for (const q of quotes.filter(isNamedItem)) {
      const holdsKey =
        q.answer !== "" && foldText(q.answer).includes(foldText(q.item.speakerKey ?? ""));
      expect(q.outcome).toBe(holdsKey ? "right" : q.answer === "" ? "none" : "other");
    }
    const mayor = quotes.find((q) => q.item.id === "sample-pier-E1");
    expect(mayor?.answer).toBe("Dana Ruiz");
    expect(mayor?.outcome).toBe("right");
    const t = tally(quotes.filter(isNamedItem));
    expect(t.right + t.other + t.none).toBe(t.all);
    expect(t.all).toBe(6);
  });

  it("GIVEN pronoun and description speakers THEN they are counted apart, never as named", () => {
    for (const q of quotes.filter((q) => !isNamedItem(q)))
      expect(["named", "none"]).toContain(q.outcome);
    const report = formatQuoteScores(quotes);
    expect(report).toMatch(/\| pronoun \| 2 \|/);
    expect(report).toMatch(/\| nominal \| 1 \|/);
  });

  it("GIVEN the report THEN it has both halves, each file, each publisher and each quote kind", () => {
    const report = formatQuoteScores(quotes);
    for (const row of [
      "tune half",
      "check half",
      "| all |",
      "harbor-gazette",
      "sports-desk",
      "direct",
      "partial",
    ])
      expect(report).toContain(row);
    expect(report).toContain("sample-list.json");
    // Each answer is filed under the reading that found its statement.
    expect(report).toMatch(/\| quote, then speaker \| \d+ \| [\d.]+% \|/);
    for (const q of quotes.filter((q) => q.outcome === "right")) expect(q.rule).toBeDefined();
    expect(report).toContain("sample-articles-apart.json");
    const misses = formatQuoteMisses(quotes);
    const missed = quotes.filter((q) => isNamedItem(q) && q.outcome !== "right").length;
    expect(misses === "" ? 0 : misses.split("\n").length).toBe(missed);
  });

  it('GIVEN each reading left out in turn THEN a row per reading, and leaving out the one that reads `"…," X said` costs right answers', () => {
    const without = STATEMENT_RULES.map((rule) => ({
      rule,
      quotes: attributeQuotes(items, new Set([rule])),
    }));
    const table = formatAblation(quotes, without);
    for (const rule of STATEMENT_RULES) expect(table).toContain(`| ${rule} |`);
    const quoteFirst = without.find((w) => w.rule === "quote, then speaker")?.quotes ?? [];
    expect(tally(quoteFirst.filter(isNamedItem)).right).toBeLessThan(
      tally(quotes.filter(isNamedItem)).right,
    );
  });
});
