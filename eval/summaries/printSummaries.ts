import { groupBy } from "../groupBy.js";
import {
  type ArticleScores,
  biggestLosses,
  marginOverLead,
  meanScores,
  type RougeTable,
  SUMMARIZERS,
} from "./summaryEvaluation.js";

const f = (value: number) => (100 * value).toFixed(2);
const row = (label: string, t: RougeTable) =>
  `| ${label} | ${f(t.rouge1)} | ${f(t.rouge2)} | ${f(t.rougeL)} |`;

/**
 * The `/summary` report on real articles: every summarizer's mean ROUGE on the check half, the
 * tune half and all of them, then per file; how often the short summary wins and loses against
 * LEAD-3; and the articles where it loses most.
 */
export function formatSummaryScores(articles: readonly ArticleScores[], losers = 10): string {
  const lines = [
    `\n## summary against human-written highlights (${articles.length} articles, halves by id)\n`,
  ];
  const parts: [string, readonly ArticleScores[]][] = [
    ...groupBy(articles, (a) => `${a.item.half} half`),
    ["all", articles],
    ...groupBy(articles, (a) => a.item.file),
  ];
  for (const [label, group] of parts) {
    lines.push(`### ${label} (${group.length} articles)\n`);
    lines.push(
      "| summarizer | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |",
      "| --- | ---: | ---: | ---: |",
    );
    const means = meanScores(group);
    for (const summarizer of SUMMARIZERS) lines.push(row(summarizer, means[summarizer]));
    const wins = group.filter((a) => marginOverLead(a) > 0).length;
    const losses = group.filter((a) => marginOverLead(a) < 0).length;
    lines.push(
      "",
      `Short summary against LEAD-3, by the mean of the three scores: ${wins} articles won, ${losses} lost.`,
      "",
    );
  }
  const worst = biggestLosses(articles, losers);
  if (worst.length > 0) {
    lines.push(`### where the short summary loses most to LEAD-3\n`);
    lines.push(
      "| article | half | points below LEAD-3 (mean of R-1, R-2, R-L) |",
      "| --- | --- | ---: |",
    );
    for (const a of worst)
      lines.push(`| ${a.item.id} | ${a.item.half} | ${f(-marginOverLead(a))} |`);
  }
  return lines.join("\n");
}
