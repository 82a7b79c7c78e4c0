import { TITLE_ABBREVIATIONS } from "./personNames.js";
import type { QuoteSpan } from "./quoteSpans.js";
import { parseSpeakerPhrase, type SpeakerPhrase } from "./speakerPhrase.js";

// A paragraph is read for attributions with its quoted words blanked and the periods of its
// abbreviations swapped for a middle dot, offsets unchanged, so that only the reporter's words
// and only real full stops count.

export const ABBREVIATION_DOT = "·";
/** Words abbreviated with a stop that ends no sentence: titles and ranks, "Jr.", "Inc.", "Sept.". */
const ABBREVIATED = [
  ...TITLE_ABBREVIATIONS,
  ...["St", "Jr", "Sr", "Del", "Inc", "Corp", "Co", "No", "Ft", "Mt"],
  ...["Sept", "Aug", "Oct", "Nov", "Dec", "Jan", "Feb"],
].join("|");
const ABBREVIATION = new RegExp(
  String.raw`\b(?:${ABBREVIATED})\.(?=\s)|\b(?:\p{Lu}\.){1,3}(?=[\s,)-]|\p{Lu})|(?<=-)(?:\p{Lu}\p{Ll}{0,3}\.)+`,
  "gu",
);
/** A stop after an initial ("U.S.") or an abbreviated word. */
const ABBREVIATION_STOP = new RegExp(String.raw`(?:\b\p{Lu}\.|\b(?:${ABBREVIATED})\.)$`, "u");

/**
 * The paragraph with quoted words blanked, so only the reporter's words are read for cues. A
 * quote's closing stop is kept: it ends the sentence too.
 */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let masked = text;
  for (const quote of quotes) {
    const stop = /[.!?]$/.test(text.slice(quote.start, quote.end)) ? 1 : 0;
    const blank = "_".repeat(quote.end - quote.start - stop);
    masked = masked.slice(0, quote.start) + blank + masked.slice(quote.end - stop);
  }
  return masked;
}

/**
 * Swaps the periods of abbreviations and initials ("Mr.", "Rep.", "G.K.", "D-N.C.") for a middle dot,
 * so that only real stops end sentences and phrases. Offsets stay the same.
 */
export function protectAbbreviations(masked: string): string {
  return masked.replace(ABBREVIATION, (found) => found.replaceAll(".", ABBREVIATION_DOT));
}

export function parseMaskedPhrase(phrase: string): SpeakerPhrase | null {
  return parseSpeakerPhrase(phrase.replaceAll(ABBREVIATION_DOT, "."));
}

export function sentenceEnd(masked: string, from: number): number {
  const match = /[.!?]["”’']?(?=\s|$)/.exec(masked.slice(from));
  return match ? from + match.index + 1 : masked.length;
}

/** Whether a quote ends on a stop, and so ends its sentence too ('…it." Lindqvist told …'). */
export function endsSentence(masked: string, quote: QuoteSpan): boolean {
  return /[.!?]["”’']*$/.test(masked.slice(quote.open, quote.close));
}

export function sentenceStart(masked: string, before: number): number {
  const head = masked.slice(0, before);
  let start = 0;
  // A stop, with the closing mark of a quote that ends the sentence ('…figure." Clinton: "…').
  for (const stop of head.matchAll(/[.!?]["”’']?\s/g)) start = stop.index + stop[0].length;
  return start;
}

export function sentencesOf(masked: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  // "… 2,310. (Vance says …)": a sentence in brackets is one too.
  for (const match of masked.matchAll(/[.!?]["”’]?(?=\s+(?:\p{Lu}|["“(]|'')|$)/gu)) {
    const end = match.index + match[0].length;
    if (!ABBREVIATION_STOP.test(masked.slice(start, end))) {
      sentences.push({ start, end });
      start = end;
      while (/\s/.test(masked[start] ?? "")) start++;
    }
  }
  if (start < masked.length) sentences.push({ start, end: masked.length });
  return sentences;
}

/**
 * ", who spoke on condition of anonymity because he was not authorized to discuss the case,": why
 * a source is unnamed, not what they said. Blanked (offsets unchanged) so that the verb read is the
 * one that follows ("…, said prosecutors had found no weapons").
 */
const ANONYMITY_CLAUSE =
  /,\s+who\s+(?:spoke|asked|requested|declined|was|were|is|are|did)\b[^,]*?\b(?:anonymity|named|identified|publicly|record|authori[sz]ed)\b[^,]*,/giu;

export function withoutAnonymityClauses(masked: string): string {
  return masked.replace(ANONYMITY_CLAUSE, (clause) => `,${" ".repeat(clause.length - 1)}`);
}
