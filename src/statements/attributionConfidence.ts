import { weightedSum } from "../weightedSum.js";
import learned from "./data/attribution-weights.json" with { type: "json" };
import type { FoundStatement } from "./extractStatements.js";
import { maskQuotes, protectAbbreviations, sentenceEnd, sentenceStart } from "./maskedText.js";
import { findQuoteSpans } from "./quoteSpans.js";
import { withDoubleQuotes } from "./singleQuotes.js";
import { PLACE_NAMES } from "./speakerPhrase.js";
import { SPEECH_VERB_FORMS } from "./speechVerbs.js";
import type { Person, Speaker } from "./types.js";

/**
 * What is known of how sure a reading is, as numbers a learned scorer weighs: which reading
 * found the statement, what kind of phrase named the speaker, the cue, how far the cue is from
 * the words, and what the story says of the speaker elsewhere. Each is 0 or 1 unless its name
 * says it counts.
 */
export const CONFIDENCE_FEATURES = [
  "bias",
  "rule: speaker, then quote",
  "rule: reported speech",
  "rule: verb in the sentence",
  "phrase: organisation",
  "kind: partial",
  "kind: reported",
  "speaker: one word",
  "speaker: has a role",
  "speaker: a place's name",
  "speaker: log paragraphs naming them",
  "speaker: log statements naming them",
  "speaker: named in the paragraph",
  "speaker: printed in the sentence",
  "speaker: log words from the name to the cue",
  "speaker: log words from the name to the words said",
  "speaker: after a preposition",
  "speaker: a lower-case word in the name",
  "speaker: no one the story names",
  "words: log words",
  "words: title case",
  "paragraph: other speakers' readings",
  "cue: hand-listed speech verb",
  "cue: -ing form",
  "cue: log words to the words said",
  "cue: commas to the words said",
  "sentence: other names",
  "sentence: log words",
  "verb reading: hand-listed cue",
  "verb reading: other names",
  "verb reading: log words to the words said",
  "verb reading: one word, no role",
] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
export type ConfidenceFeatures = Record<ConfidenceFeature, number>;

/** Learned weights (scripts/learn-attribution-weights.ts) and the confidence below which no one is named. */
export interface ConfidenceModel {
  readonly weights: Partial<Record<ConfidenceFeature, number>>;
  readonly threshold: number;
}

export const LEARNED_MODEL: ConfidenceModel = {
  weights: learned.weights as Partial<Record<ConfidenceFeature, number>>,
  threshold: learned.threshold,
};

/** The model's confidence that a reading names the right speaker, from 0 to 1. */
export function confidenceOf(
  features: ConfidenceFeatures,
  model: ConfidenceModel = LEARNED_MODEL,
): number {
  return 1 / (1 + Math.exp(-weightedSum(CONFIDENCE_FEATURES, features, model.weights)));
}

/** Whether a reading is sure enough to name its speaker; else the words go unattributed. */
export function sureEnough(
  features: ConfidenceFeatures,
  model: ConfidenceModel = LEARNED_MODEL,
): boolean {
  return confidenceOf(features, model) >= model.threshold;
}

/** A capitalised word that is not the first of its sentence: part of a name, most often. */
const CAPITALISED = /(?<=[\s(“"'‘-])\p{Lu}[\p{L}'’·-]*(?:\s+\p{Lu}[\p{L}'’·-]*)*/gu;

/** A story's paragraphs as the readings see them: quoted words blanked, abbreviations' stops kept. */
export class ConfidenceContext {
  readonly #masked = new Map<number, string>();
  readonly #phraseNames: readonly string[];
  readonly #found: readonly FoundStatement[];

  constructor(
    readonly paragraphs: readonly { readonly number: number; readonly text: string }[],
    readonly people: readonly Person[],
    found: readonly FoundStatement[],
  ) {
    this.#found = found;
    this.#phraseNames = found.flatMap((item) => phraseName(item.phrase) ?? []);
  }

  masked(paragraph: number): string {
    let masked = this.#masked.get(paragraph);
    if (masked === undefined) {
      const text = withDoubleQuotes(this.paragraphs[paragraph - 1]?.text ?? "");
      masked = protectAbbreviations(maskQuotes(text, findQuoteSpans(text)));
      this.#masked.set(paragraph, masked);
    }
    return masked;
  }

  /** The last word of the name each reading of a paragraph gives (none for pronouns and runs). */
  readingsIn(paragraph: number): string[] {
    return this.#found.flatMap((item) => {
      const name = item.paragraph === paragraph ? phraseName(item.phrase) : undefined;
      return name ? [name.split(/\s+/).at(-1) ?? name] : [];
    });
  }

  /** How many readings named the speaker by a phrase holding their last word. */
  statementsNaming(word: string): number {
    return this.#phraseNames.filter((name) => name.split(/\s+/).includes(word)).length;
  }
}

/** The name a reading's phrase gives its speaker: a name, or a description's noun; none for pronouns and runs. */
function phraseName(phrase: FoundStatement["phrase"]): string | undefined {
  if (phrase.kind === "person" || phrase.kind === "organisation") return phrase.name;
  if (phrase.kind === "nominal") return phrase.noun;
  return undefined;
}

/** The features of one reading, its speaker resolved. */
export function confidenceFeatures(
  item: FoundStatement,
  speaker: Speaker,
  context: ConfidenceContext,
): ConfidenceFeatures {
  const masked = context.masked(item.paragraph);
  const paragraph = context.paragraphs[item.paragraph - 1]?.text ?? "";
  const first = item.spans[0]?.[0] ?? 0;
  const last = item.spans.at(-1)?.[1] ?? first;
  const start = sentenceStart(masked, first);
  const end = Math.max(sentenceEnd(masked, Math.max(first, last - 1)), last);
  const sentence = masked.slice(start, end);
  const cue = nearestPrinted(masked, item.cue, start, end, first, last);
  const between =
    cue === null
      ? ""
      : cue < first
        ? masked.slice(cue + item.cue.length, first)
        : masked.slice(last, cue);
  const wordsBetween = (between.match(/\p{L}+/gu) ?? []).length;
  const nameWords = speaker.name.split(/\s+/);
  const lastWord = nameWords.at(-1) ?? speaker.name;
  const person = context.people.find((p) => p.name === speaker.name);
  const names = [...sentence.matchAll(CAPITALISED)].filter(
    ([name]) => !nameWords.some((word) => name.includes(word)),
  ).length;
  const phrase = item.phrase.kind;
  const namedAt = nearestPrinted(masked, lastWord, start, end, first, last);
  const saidWords = item.spans.flatMap(
    ([from, to]) => paragraph.slice(from, to).match(/\p{L}+/gu) ?? [],
  );
  const named = phrase === "person" || phrase === "organisation";
  const verb = item.rule === "verb in the sentence" ? 1 : 0;
  const handListed = SPEECH_VERB_FORMS.has(item.cue) ? 1 : 0;
  const distance = Math.log1p(wordsBetween);
  const outside = `${paragraph.slice(0, first)} ${paragraph.slice(last)}`;
  const placeName = nameWords.some((word) => PLACE_NAMES.has(word.toLowerCase()));
  const titleCase =
    saidWords.length > 1 &&
    saidWords.filter((word) => /^\p{Lu}/u.test(word)).length > 0.6 * saidWords.length;
  return {
    bias: 1,
    "rule: speaker, then quote": item.rule === "speaker, then quote" ? 1 : 0,
    "rule: reported speech": item.rule === "reported speech" ? 1 : 0,
    "rule: verb in the sentence": verb,
    "phrase: organisation": phrase === "organisation" ? 1 : 0,
    "kind: partial": item.kind === "partial" ? 1 : 0,
    "kind: reported": item.kind === "reported" ? 1 : 0,
    "speaker: one word": nameWords.length === 1 ? 1 : 0,
    "speaker: has a role": speaker.role ? 1 : 0,
    "speaker: a place's name": placeName ? 1 : 0,
    "speaker: log paragraphs naming them": Math.log1p(person?.paragraphs.length ?? 0),
    "speaker: log statements naming them": Math.log1p(context.statementsNaming(lastWord)),
    "speaker: named in the paragraph": outside.includes(lastWord) ? 1 : 0,
    "speaker: printed in the sentence": sentence.includes(lastWord) ? 1 : 0,
    "speaker: log words from the name to the cue":
      cue === null || namedAt === null ? 0 : Math.log1p(wordsIn(masked, namedAt, cue)),
    "speaker: log words from the name to the words said":
      namedAt === null ? 0 : Math.log1p(wordsIn(masked, namedAt, namedAt < first ? first : last)),
    "speaker: after a preposition": afterPreposition(sentence, nameWords[0] ?? "") ? 1 : 0,
    "speaker: a lower-case word in the name":
      named && nameWords.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)) ? 1 : 0,
    "speaker: no one the story names": speaker.kind === "person" && !person ? 1 : 0,
    "words: log words": Math.log1p(saidWords.length),
    "words: title case": titleCase ? 1 : 0,
    "paragraph: other speakers' readings": Math.min(
      3,
      context.readingsIn(item.paragraph).filter((other) => other !== lastWord).length,
    ),
    "cue: hand-listed speech verb": handListed,
    "cue: -ing form": /ing$/.test(item.cue) ? 1 : 0,
    "cue: log words to the words said": distance,
    "cue: commas to the words said": Math.min(3, (between.match(/,/g) ?? []).length),
    "sentence: other names": Math.min(4, names),
    "sentence: log words": Math.log1p((sentence.match(/\p{L}+/gu) ?? []).length),
    "verb reading: hand-listed cue": verb * handListed,
    "verb reading: other names": verb * Math.min(4, names),
    "verb reading: log words to the words said": verb * distance,
    "verb reading: one word, no role": verb && nameWords.length === 1 && !speaker.role ? 1 : 0,
  };
}

/** How many words a text has between two offsets, either way round. */
function wordsIn(text: string, from: number, to: number): number {
  return (text.slice(Math.min(from, to), Math.max(from, to)).match(/\p{L}+/gu) ?? []).length;
}

/** "de", "van", "bin": lower-case words that belong to names. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "de del della der di da van von bin ibn al la le du dos das y".split(" "),
);
const PREPOSITION =
  /(?:^|\s)(?:in|with|of|by|for|to|at|from|on|about|against|like|than|toward|towards|over|under)\s+(?:the\s+)?$/i;

/** Whether the name, where the sentence prints it, follows a preposition ("in an interview with Ken Obi"). */
function afterPreposition(sentence: string, firstWord: string): boolean {
  if (firstWord === "") return false;
  const at = sentence.indexOf(firstWord);
  return at > 0 && PREPOSITION.test(sentence.slice(0, at));
}

/** Where a word (the cue, the speaker's name) is printed in the sentence, nearest the words said; null when it is not. */
function nearestPrinted(
  masked: string,
  word: string,
  start: number,
  end: number,
  first: number,
  last: number,
): number | null {
  if (word === "") return null;
  const cue = word.toLowerCase();
  const lower = masked.slice(start, end).toLowerCase();
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let at = lower.indexOf(cue); at !== -1; at = lower.indexOf(cue, at + 1)) {
    const offset = start + at;
    if (offset >= first && offset < last) continue;
    const distance = offset < first ? first - offset : offset - last;
    if (distance < bestDistance) {
      best = offset;
      bestDistance = distance;
    }
  }
  return best;
}
