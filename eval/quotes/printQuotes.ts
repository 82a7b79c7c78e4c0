import { groupBy } from "../groupBy.js";
import { percent } from "../percent.js";
import { type AttributedQuote, isNamedItem, type QuoteTally, tally } from "./quoteEvaluation.js";

function namedRow(label: string, t: QuoteTally): string {
  return `| ${label} | ${t.all} | ${percent(t.right, t.all)} | ${percent(t.other, t.all)} | ${percent(t.none, t.all)} |`;
}

/**
 * The `/who said` report on real quotes: named-speaker accuracy, wrong names and no names, on the
 * tune half, the check half and all, then by file, publisher and quote kind; pronoun and nominal
 * speakers apart.
 */
export function formatQuoteScores(quotes: readonly AttributedQuote[]): string {
  const named = quotes.filter(isNamedItem);
  const lines = [
    `\n## who said, on real news quotes (${named.length} with a named speaker, halves by article)\n`,
    "| part | quotes | right speaker | someone else | no one |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const [half, group] of groupBy(named, (q) => q.item.half))
    lines.push(namedRow(`${half} half`, tally(group)));
  lines.push(namedRow("all", tally(named)));
  for (const [label, key] of [
    ["file", (q: AttributedQuote) => q.item.file],
    ["publisher", (q: AttributedQuote) => q.item.publisher],
    ["quote kind", (q: AttributedQuote) => q.item.quoteKind],
  ] as const) {
    lines.push("", `| ${label} | quotes | right speaker | someone else | no one |`);
    lines.push("| --- | ---: | ---: | ---: | ---: |");
    for (const [value, group] of groupBy(named, key)) {
      const halves = groupBy(group, (q) => q.item.half)
        .map(([half, part]) => `${half} ${percent(tally(part).right, part.length)}`)
        .join(", ");
      lines.push(namedRow(`${value} (${halves})`, tally(group)));
    }
  }
  lines.push(
    "",
    "Which reading found the statement named, and how often its speaker was right (named speakers):",
    "",
    "| reading | tune: answers | tune: right | check: answers | check: right |",
    "| --- | ---: | ---: | ---: | ---: |",
  );
  const answered = named.filter((q) => q.outcome !== "none");
  for (const [rule, group] of groupBy(
    answered,
    (q) => q.rule ?? "a run of one speaker's statements",
  )) {
    const half = (h: string) => group.filter((q) => q.item.half === h);
    const cells = ["tune", "check"].map((h) => {
      const part = half(h);
      return `${part.length} | ${percent(part.filter((q) => q.outcome === "right").length, part.length)}`;
    });
    lines.push(`| ${rule} | ${cells.join(" | ")} |`);
  }
  lines.push(
    "",
    "Speakers the text gives only as a pronoun or a description: the annotation does not say who is",
    "meant, so only whether Byline names someone is counted (a person must check the name).",
    "",
    "| speaker written as | quotes | a name given | no one |",
    "| --- | ---: | ---: | ---: |",
  );
  for (const kind of ["pronoun", "nominal"] as const) {
    const group = quotes.filter((q) => q.item.speakerKind === kind);
    const none = group.filter((q) => q.outcome === "none").length;
    lines.push(
      `| ${kind} | ${group.length} | ${percent(group.length - none, group.length)} | ${percent(none, group.length)} |`,
    );
  }
  return lines.join("\n");
}

/** One line per named-speaker miss, for `--verbose`. */
export function formatQuoteMisses(quotes: readonly AttributedQuote[]): string {
  return quotes
    .filter((q) => isNamedItem(q) && q.outcome !== "right")
    .map(
      (q) =>
        `${q.item.half} ${q.item.id}: "${q.item.quote.slice(0, 60)}" → ${q.answer || "no one"} (want ${q.item.speakerKey}: ${q.item.speaker})`,
    )
    .join("\n");
}

/**
 * What each reading adds: named-speaker accuracy and wrong names on each half with every reading,
 * and the change when one is left out (a reading earns its place if leaving it out costs the check
 * half right answers without saving as many wrong ones).
 */
export function formatAblation(
  all: readonly AttributedQuote[],
  without: readonly { rule: string; quotes: readonly AttributedQuote[] }[],
): string {
  const score = (quotes: readonly AttributedQuote[], half: string) => {
    const part = quotes.filter((q) => isNamedItem(q) && q.item.half === half);
    const t = tally(part);
    return { right: (100 * t.right) / t.all, other: (100 * t.other) / t.all };
  };
  const signed = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
  const lines = [
    "\n## who said: what each reading adds (named speakers; points of right and wrong answers)\n",
    "| left out | tune: right | tune: wrong | check: right | check: wrong |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  const base = { tune: score(all, "tune"), check: score(all, "check") };
  lines.push(
    `| nothing | ${base.tune.right.toFixed(1)}% | ${base.tune.other.toFixed(1)}% | ${base.check.right.toFixed(1)}% | ${base.check.other.toFixed(1)}% |`,
  );
  for (const { rule, quotes } of without) {
    const cells = (["tune", "check"] as const).map((half) => {
      const s = score(quotes, half);
      return `${signed(s.right - base[half].right)} | ${signed(s.other - base[half].other)}`;
    });
    lines.push(`| ${rule} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
