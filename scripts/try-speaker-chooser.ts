/**
 * `npx tsx scripts/try-speaker-chooser.ts --quotes FILE [--quotes FILE…] [--cache FILE]`: whether a
 * learned choice among the names printed in a quote's sentence could name the right speaker more
 * often than `/who said`'s one reading, on the TUNE half of real quotes only, two folds by article
 * (learn on one, read the other). Each name printed in the quote's sentence (and `/who said`'s own
 * answer) is a candidate described by a few features; a logistic regression scores each, and the
 * chooser names the best when it is sure enough, or keeps `/who said`'s answer unless another
 * candidate is clearly ahead. The check half is never read.
 *
 * What it found (issue 14, the readings of 2026-12-07: tune 2,154 right / 55 someone else / 235
 * no one of 2,444 named speakers): the right speaker is printed in the quote's sentence for 36 of
 * the 55 wrong names and 178 of the 235 with no one named, but on the held-out folds the chooser
 * never puts another candidate ahead of `/who said`'s answer; withholding an answer when another
 * candidate scores within 0.2 of it withheld 12 right names for 3 wrong ones; an independent ranker
 * (`--independent`) put another candidate ahead wrongly as often as rightly (a switch margin of
 * 0.3: 2,133 / 68), and withholding on it cost some 9 right names a wrong one. It adds right names
 * only where `/who said` names no one (best 0.7: 2,178 / 55 / 211), most of them for reported
 * words without quote marks that no reading claims (142 of the 235 have none), so it is no
 * means against wrong names.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { articleLibraries, outcomeOf } from "../eval/quotes/quoteEvaluation.js";
import { loadQuotes } from "../eval/quotes/quoteSet.js";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import { STOP_WORDS } from "../src/search/stopWords.js";
import { analyzeStory } from "../src/statements/analyzeStory.js";
import { communicationVerb } from "../src/statements/communicationVerbs.js";
import { lowerCaseWords } from "../src/statements/cueAttribution.js";
import {
  maskQuotes,
  protectAbbreviations,
  sentenceEnd,
  sentenceStart,
} from "../src/statements/maskedText.js";
import { findQuoteSpans } from "../src/statements/quoteSpans.js";
import { withDoubleQuotes } from "../src/statements/singleQuotes.js";
import { isOrganisationName } from "../src/statements/speakerPhrase.js";
import { SPEECH_VERB_FORMS } from "../src/statements/speechVerbs.js";
import type { Statement } from "../src/statements/types.js";
import { foldText } from "../src/text/fold.js";
import { solve } from "./solveLinear.js";

const { values } = parseArgs({
  options: {
    quotes: { type: "string", multiple: true },
    cache: { type: "string" },
    verbose: { type: "boolean" },
    /** Candidates described without whether `/who said` named them: an independent ranker. */
    independent: { type: "boolean" },
  },
});

const FEATURES = [
  "bias",
  "byline",
  "byline: quote, then speaker",
  "byline: speaker, then quote",
  "byline: reported speech",
  "byline: verb in the sentence",
  "byline: other reading",
  "byline: not in the sentence",
  "before the quote",
  "log words to the quote",
  "commas to the quote",
  "speech verb right after",
  "communication verb right after",
  "communication verb right before",
  "after a preposition",
  "possessive",
  "first in the sentence",
  "according to before",
  "log candidates",
  "organisation",
  "one word",
  "log paragraphs naming",
  "spoke before",
  "after the quote, with nothing between",
] as const;
interface Candidate {
  label: number;
  x: number[];
  /** Whether `/who said` names this candidate (kept apart when the features leave it out). */
  isAnswer?: boolean;
}
type Row = {
  fold: number;
  outcome: string;
  quoted?: boolean;
  withheld?: boolean;
  candidates: Candidate[];
};

const NAME = /\p{Lu}[\p{L}'’·.-]*(?:\s+(?:of\s+(?:the\s+)?|de\s+|van\s+)?\p{Lu}[\p{L}'’·.-]*)*/gu;
const PREPOSITION =
  /(?:^|\s)(?:in|with|of|by|for|to|at|from|on|about|against|like|than|toward|over|under|after|before)\s+(?:the\s+)?$/i;
const straight = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase();
const lastWord = (name: string) =>
  foldText(name)
    .replace(/['’]s?$/, "")
    .split(/\s+/)
    .at(-1) ?? "";

async function extract(): Promise<Row[]> {
  const items = (await Promise.all((values.quotes ?? []).map(loadQuotes)))
    .flat()
    .filter((item) => item.half === "tune");
  const libraryOf = articleLibraries();
  const unjudged = new Map<string, readonly Statement[]>();
  const rows: Row[] = [];
  for (const item of items) {
    if (item.speakerKind !== "name_or_org" || item.speakerKey === null) continue;
    const library = libraryOf(item);
    const story = library.story();
    const { statements } = library.statementsOf(story);
    const first = whoSaid(library, item.quote.slice(0, MAX_QUOTE_LENGTH)).statements[0];
    const key = foldText(item.speakerKey);
    const answer = first?.speaker.name ?? "";
    const outcome = outcomeOf(item, answer);
    const probe = straight(item.quote.slice(0, 40));
    const paragraph =
      (first && story.body[first.paragraph - 1]) ??
      story.body.find((p) => straight(p.text).includes(probe));
    const fold = (createHash("sha1").update(item.articleId).digest()[1] ?? 0) % 2;
    if (!paragraph) {
      rows.push({ fold, outcome, candidates: [] });
      continue;
    }
    const text = withDoubleQuotes(paragraph.text);
    const masked = protectAbbreviations(maskQuotes(text, findQuoteSpans(text)));
    const spans = first?.paragraph === paragraph.number ? statementSpans(first.text, text) : null;
    const at = spans?.[0] ?? straight(text).indexOf(probe);
    if (at < 0) {
      rows.push({ fold, outcome, candidates: [] });
      continue;
    }
    const close = spans?.[1] ?? at + item.quote.length;
    const quoted = /_/.test(masked.slice(at, Math.min(close, at + 5)));
    let everything = unjudged.get(item.articleId);
    if (!everything) {
      everything = analyzeStory(story, new Set(), () => true).statements;
      unjudged.set(item.articleId, everything);
    }
    const withheld =
      outcome === "none" &&
      everything.some(
        (s) =>
          s.paragraph === paragraph.number &&
          s.spans.some(([from, to]) => from <= at + 2 && to >= at + 2),
      );
    const start = sentenceStart(masked, at);
    const end = Math.max(sentenceEnd(masked, Math.max(at, close - 1)), close);
    const common = lowerCaseWords(story.body.map((p) => p.text));
    const names = [...masked.slice(start, end).matchAll(NAME)]
      .map((m) => ({ name: m[0].replace(/[.,]$/, ""), at: start + m.index }))
      .filter(
        ({ name, at: from }) =>
          (from < at || from >= close) &&
          name.split(/\s+/).some((w) => {
            const lower = w.toLowerCase().replace(/['’]s?$/, "");
            return !common.has(lower) && !STOP_WORDS.has(lower);
          }),
      );
    const byLast = new Map<string, { name: string; at: number }>();
    for (const n of names) {
      const word = lastWord(n.name);
      const had = byLast.get(word);
      // Nearest the quote.
      const dist = (x: number) => (x < at ? at - x : x - close);
      if (!had || dist(n.at) < dist(had.at)) byLast.set(word, n);
    }
    const answerWord = answer ? lastWord(answer) : "";
    const rule = first
      ? statements.find((s) => s.paragraph === first.paragraph && s.text === first.text)?.rule
      : undefined;
    const previous = statements
      .filter((s) => s.paragraph <= paragraph.number && (!first || s.text !== first.text))
      .filter((s) => s.paragraph < paragraph.number || (s.spans[0]?.[0] ?? 0) < at)
      .at(-1);
    const previousWord = previous ? lastWord(previous.speaker.name) : "";
    const count = byLast.size + (answerWord && !byLast.has(answerWord) ? 1 : 0);
    const candidates: Row["candidates"] = [];
    const describe = (name: string, from: number | null, isAnswer: boolean) => {
      const word = lastWord(name);
      const before = from !== null && from < at;
      const nameEnd = from === null ? 0 : from + name.length;
      const gap =
        from === null ? "" : before ? masked.slice(nameEnd, at) : masked.slice(close, from);
      const after = from === null ? "" : masked.slice(nameEnd, nameEnd + 40);
      const nextWords = (after.match(/^(?:\s+\p{Ll}+){1,3}/u)?.[0] ?? "").trim().split(/\s+/);
      const head = from === null ? "" : masked.slice(Math.max(0, from - 40), from);
      const prevWord = head.match(/(\p{Ll}+)\s*$/u)?.[1] ?? "";
      const x = [
        1,
        isAnswer ? 1 : 0,
        isAnswer && rule === "quote, then speaker" ? 1 : 0,
        isAnswer && rule === "speaker, then quote" ? 1 : 0,
        isAnswer && rule === "reported speech" ? 1 : 0,
        isAnswer && rule === "verb in the sentence" ? 1 : 0,
        isAnswer &&
        ![
          "quote, then speaker",
          "speaker, then quote",
          "reported speech",
          "verb in the sentence",
        ].includes(rule ?? "")
          ? 1
          : 0,
        from === null ? 1 : 0,
        before ? 1 : 0,
        Math.log1p((gap.match(/\p{L}+/gu) ?? []).length),
        Math.min(3, (gap.match(/,/g) ?? []).length),
        nextWords.some((w) => SPEECH_VERB_FORMS.has(w)) ? 1 : 0,
        nextWords.some((w) => communicationVerb(w)) ? 1 : 0,
        communicationVerb(prevWord) ? 1 : 0,
        PREPOSITION.test(head) ? 1 : 0,
        /['’]s?$/.test(name) ? 1 : 0,
        from !== null && masked.slice(start, from).trim().split(/\s+/).filter(Boolean).length <= 1
          ? 1
          : 0,
        /according to\s+(?:the\s+)?$/i.test(head) ? 1 : 0,
        Math.log(Math.max(1, count)),
        isOrganisationName(name) ? 1 : 0,
        name.split(/\s+/).length === 1 ? 1 : 0,
        Math.log1p(story.body.filter((p) => foldText(p.text).includes(word)).length),
        word !== "" && word === previousWord ? 1 : 0,
        from !== null && !before && /^[\s,]*(?:\p{Ll}+\s+)?$/u.test(masked.slice(close, from))
          ? 1
          : 0,
      ];
      candidates.push({ label: foldText(isAnswer ? answer : name).includes(key) ? 1 : 0, x });
    };
    for (const [word, n] of byLast) describe(n.name, n.at, word === answerWord);
    if (answerWord && !byLast.has(answerWord)) describe(answer, null, true);
    rows.push({ fold, outcome, quoted, withheld, candidates });
    if (values.verbose && outcome !== "right")
      console.log(outcome, item.speakerKey, answer, [...byLast.keys()]);
  }
  return rows;
}

/** Where a statement's first words are in its paragraph, and where its last end. */
function statementSpans(statement: string, text: string): [number, number] | null {
  const pieces = statement.split(" … ");
  const from = text.indexOf(pieces[0] ?? "");
  const last = pieces.at(-1) ?? "";
  const to = text.indexOf(last, Math.max(0, from));
  return from < 0 || to < 0 ? null : [from, to + last.length];
}

const rows: Row[] =
  values.cache && existsSync(values.cache)
    ? JSON.parse(readFileSync(values.cache, "utf8"))
    : await extract();
if (values.cache && !existsSync(values.cache)) writeFileSync(values.cache, JSON.stringify(rows));

function train(set: readonly Row[], l2: number): number[] {
  const xs = set.flatMap((r) => r.candidates.map((c) => c.x));
  const ys = set.flatMap((r) => r.candidates.map((c) => c.label));
  const d = FEATURES.length;
  let w = new Array<number>(d).fill(0);
  for (let step = 0; step < 30; step++) {
    const g = w.map((v, j) => (j ? 2 * l2 * v : 0));
    const h = w.map((_, i) => w.map((_, j) => (i === j && i ? 2 * l2 : 0)));
    xs.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0)));
      const e = (p - (ys[n] ?? 0)) / xs.length;
      const c = (p * (1 - p)) / xs.length;
      x.forEach((vi, i) => {
        g[i] = (g[i] ?? 0) + e * vi;
        const row = h[i] ?? [];
        x.forEach((vj, j) => {
          row[j] = (row[j] ?? 0) + c * vi * vj;
        });
      });
    });
    const move = solve(h, g);
    w = w.map((v, j) => v - (move[j] ?? 0));
  }
  return w;
}

const score = (w: readonly number[], x: readonly number[]) =>
  1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0)));

interface Policy {
  /** Name the best candidate of a quote `/who said` names no one for when it scores this much. */
  fill: number;
  /** Only fill quotes in quote marks whose reading was not withheld by the scorer. */
  fillOnly?: "unread" | "withheld";
  /** Name another candidate instead of `/who said`'s when it scores this much more. */
  switch: number;
  /** Withhold `/who said`'s answer when it scores under this, or another is within `close`. */
  hold: number;
  close: number;
}

function evaluate(set: readonly Row[], w: readonly number[], policy: Policy) {
  const t = { right: 0, other: 0, none: 0 };
  for (const r of set) {
    const scored = r.candidates.map((c) => ({ c, p: score(w, c.x) })).sort((a, b) => b.p - a.p);
    const answer = scored.find((s) => s.c.isAnswer ?? s.c.x[1] === 1);
    const best = scored[0];
    const second = scored.find((s) => s !== answer);
    let pick: (typeof scored)[number] | undefined;
    if (r.outcome === "none") {
      const allowed =
        policy.fillOnly === undefined ||
        (policy.fillOnly === "unread" ? !r.withheld && r.quoted : r.withheld);
      if (allowed && best && best.p >= policy.fill) pick = best;
    } else {
      pick = answer;
      if (best && answer && best !== answer && best.p - answer.p >= policy.switch) pick = best;
      else if (
        answer &&
        (answer.p < policy.hold || (second && second.p >= answer.p - policy.close))
      )
        pick = undefined;
    }
    if (!pick) t.none++;
    else if (pick.c.label) t.right++;
    else t.other++;
  }
  return t;
}

const baseline = (set: readonly Row[]) => ({
  right: set.filter((r) => r.outcome === "right").length,
  other: set.filter((r) => r.outcome === "other").length,
  none: set.filter((r) => r.outcome === "none").length,
});
const all = values.independent
  ? rows.map((r) => ({
      ...r,
      candidates: r.candidates.map((c) => ({
        ...c,
        x: c.x.map((v, j) => (j >= 1 && j <= 7 ? 0 : v)),
        isAnswer: c.x[1] === 1,
      })),
    }))
  : rows;
console.log("tune, /who said:", baseline(all));
console.log(
  "ceiling (key among candidates) for other / none (withheld, unread quoted, unread unquoted):",
  all.filter((r) => r.outcome === "other" && r.candidates.some((c) => c.label)).length,
  all.filter((r) => r.outcome === "none" && r.candidates.some((c) => c.label)).length,
  [
    all.filter((r) => r.outcome === "none" && r.withheld).length,
    all.filter((r) => r.outcome === "none" && !r.withheld && r.quoted).length,
    all.filter((r) => r.outcome === "none" && !r.withheld && !r.quoted).length,
  ],
);
const OFF = 2;
const policies: [string, Policy][] = [
  ...[0.5, 0.6, 0.7, 0.8].flatMap((fill): [string, Policy][] => [
    [`fill ${fill}`, { fill, switch: OFF, hold: 0, close: -OFF }],
    [`fill ${fill} unread`, { fill, fillOnly: "unread", switch: OFF, hold: 0, close: -OFF }],
    [`fill ${fill} withheld`, { fill, fillOnly: "withheld", switch: OFF, hold: 0, close: -OFF }],
  ]),
  ...[0, 0.1, 0.2, 0.3, 0.5].map((m): [string, Policy] => [
    `switch ${m}`,
    { fill: OFF, switch: m, hold: 0, close: -OFF },
  ]),
  ...[0.2, 0.3, 0.4, 0.5].map((h): [string, Policy] => [
    `hold under ${h}`,
    { fill: OFF, switch: OFF, hold: h, close: -OFF },
  ]),
  ...[0, 0.05, 0.1, 0.2].map((c): [string, Policy] => [
    `hold when another within ${c}`,
    { fill: OFF, switch: OFF, hold: 0, close: c },
  ]),
];
for (const [name, policy] of policies) {
  const sum = { right: 0, other: 0, none: 0 };
  for (const fold of [0, 1]) {
    const w = train(
      all.filter((r) => r.fold !== fold),
      0.001,
    );
    const t = evaluate(
      all.filter((r) => r.fold === fold),
      w,
      policy,
    );
    for (const k of ["right", "other", "none"] as const) sum[k] += t[k];
  }
  console.log(`${name}:`, sum);
}
const w = train(all, 0.001);
console.log(Object.fromEntries(FEATURES.map((f, j) => [f, Number((w[j] ?? 0).toFixed(2))])));
