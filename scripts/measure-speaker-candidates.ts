/**
 * `npx tsx scripts/measure-speaker-candidates.ts --quotes FILE [--quotes FILE…] [--verbose]`: on
 * the TUNE half of real quotes with human-marked speakers only, how often the right speaker is
 * among the candidates a learned chooser could pick from, when `/who said` names someone else or
 * no one (the ceiling of choosing among candidates). Candidates, each kind counted apart: names
 * printed in the quote's sentence outside the quote, in the sentence before it, and the speakers
 * of the statements read in its paragraph and the one before. The check half is never read.
 */
import { parseArgs } from "node:util";
import { articleLibraries, outcomeOf } from "../eval/quotes/quoteEvaluation.js";
import { loadQuotes } from "../eval/quotes/quoteSet.js";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import { maskQuotes, protectAbbreviations, sentencesOf } from "../src/statements/maskedText.js";
import { findQuoteSpans } from "../src/statements/quoteSpans.js";
import { withDoubleQuotes } from "../src/statements/singleQuotes.js";
import { foldText } from "../src/text/fold.js";

const { values } = parseArgs({
  options: {
    quotes: { type: "string", multiple: true },
    verbose: { type: "boolean" },
    /** `--check-totals`: only the check half's totals (right / someone else / no one), once a change is settled. */
    "check-totals": { type: "boolean" },
  },
});
if (!values.quotes?.length) {
  console.error("Give the quotes files: --quotes ../shared/eval/quotes-train.json");
  process.exit(2);
}

const NAME = /\p{Lu}[\p{L}'’·.-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’·.-]*)*/gu;
const items = (await Promise.all(values.quotes.map(loadQuotes)))
  .flat()
  .filter((item) => item.half === (values["check-totals"] ? "check" : "tune"));
const libraryOf = articleLibraries();
const counts = new Map<string, number>();
const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
for (const item of items) {
  if (item.speakerKind !== "name_or_org" || item.speakerKey === null) continue;
  const library = libraryOf(item);
  const story = library.story();
  const statements = library.statementsOf(story).statements;
  const first = whoSaid(library, item.quote.slice(0, MAX_QUOTE_LENGTH)).statements[0];
  const key = foldText(item.speakerKey);
  const answer = first?.speaker.name ?? "";
  const outcome = outcomeOf(item, answer);
  add(`${outcome}: all`);
  if (values["check-totals"]) continue;
  // Where the quote is: the answer's paragraph, else the paragraph printing its first words.
  const probe = foldText(item.quote.slice(0, 40));
  const number =
    first?.paragraph ??
    story.body.find((p) => foldText(p.text).includes(probe))?.number ??
    story.body.find((p) => foldText(p.text).includes(probe.slice(0, 20)))?.number;
  const paragraph = number === undefined ? undefined : story.body[number - 1];
  if (!paragraph) {
    add(`${outcome}: not found`);
    continue;
  }
  const text = withDoubleQuotes(paragraph.text);
  const masked = protectAbbreviations(maskQuotes(text, findQuoteSpans(text)));
  const at = foldText(text).indexOf(probe);
  const sentences = sentencesOf(masked);
  const index = Math.max(
    0,
    sentences.findIndex((s) => at >= s.start && at < s.end),
  );
  const namesIn = (s: { start: number; end: number } | undefined) =>
    s ? [...masked.slice(s.start, s.end).matchAll(NAME)].map((m) => m[0]) : [];
  const sentenceNames = namesIn(sentences[index]);
  const before = namesIn(sentences[index - 1]);
  const speakers = statements
    .filter((s) => s.paragraph === number || s.paragraph === (number ?? 0) - 1)
    .map((s) => s.speaker.name);
  const has = (names: readonly string[]) => names.some((name) => foldText(name).includes(key));
  const kinds = {
    sentence: has(sentenceNames),
    "sentence before": has(before),
    "paragraph speakers": has(speakers),
  };
  for (const [kind, hit] of Object.entries(kinds)) if (hit) add(`${outcome}: key in ${kind}`);
  if (Object.values(kinds).some(Boolean)) add(`${outcome}: key in any`);
  if (kinds.sentence || kinds["paragraph speakers"]) add(`${outcome}: key in sentence or speakers`);
  const distinct = new Set(sentenceNames.map((n) => n.split(/\s+/).at(-1))).size;
  add(`${outcome}: sentence names ${Math.min(distinct, 4)}`);
  if (values.verbose && outcome !== "right")
    console.log(
      `${outcome} [${item.speakerKey}] answer=${answer || "-"} sentence=${JSON.stringify(sentenceNames)} speakers=${JSON.stringify([...new Set(speakers)])}\n  ${masked.slice(sentences[index]?.start ?? 0, sentences[index]?.end ?? 0).slice(0, 400)}`,
    );
}
for (const [key, n] of [...counts].sort()) console.log(`${key}: ${n}`);
