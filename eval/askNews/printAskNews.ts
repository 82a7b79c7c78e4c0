import { percent } from "../percent.js";
import type { AskNewsMiss, AskNewsScore, MissKind } from "./askNewsEvaluation.js";

/** The ask-news tables as Markdown: one per half and one for all stories, systems side by side. */
export function formatAskNewsScores(scores: readonly AskNewsScore[], file: string): string {
  const lines: string[] = [];
  for (const half of ["check", "tune", "all"] as const) {
    const rows = scores.filter((s) => s.half === half);
    const first = rows[0];
    if (!first) continue;
    lines.push(
      `\n## ask, real readers' questions (${file}): ${half === "all" ? "all stories" : `${half} half`}, ${first.stories} stories, ${first.answerable} answerable and ${first.unanswerable} unanswerable questions\n`,
      "| system | top-1 | top-3 | MRR@3 | answerable declined | unanswerable declined |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const s of rows) {
      lines.push(
        `| ${s.system} | ${percent(s.top1, s.answerable)} | ${percent(s.top3, s.answerable)} | ${(s.answerable === 0 ? 0 : s.reciprocalRank / s.answerable).toFixed(3)} | ${percent(s.declinedAnswerable, s.answerable)} | ${percent(s.declinedUnanswerable, s.unanswerable)} |`,
      );
    }
  }
  lines.push(
    "",
    'Declined: no passage, or passages marked "may not answer this directly" (`answered: false`); the baselines never mark passages, so they decline only when they return nothing.',
  );
  return lines.join("\n");
}

/** Byline's top-1 misses, grouped by kind: declined, ranked lower, no shared word. */
export function formatMisses(misses: readonly AskNewsMiss[]): string {
  const kinds: MissKind[] = ["declined", "ranked lower", "no shared word"];
  const lines: string[] = [];
  for (const kind of kinds) {
    const ofKind = misses.filter((m) => m.kind === kind);
    lines.push(`\n### ${kind} (${ofKind.length})\n`);
    for (const m of ofKind) {
      lines.push(
        `${m.story}: "${m.question}" expected ¶${m.expected.join("/¶")}, got ${m.got.map((p) => `¶${p}`).join(" ") || "nothing"}`,
      );
    }
  }
  return lines.join("\n");
}
