import nlp from "compromise";
import { STOP_WORDS } from "../search/stopWords.js";
import type { BodyParagraph, Story } from "../story/types.js";
import { findDateline } from "../text/dateline.js";
import {
  AFTER_SPEAKER_VERB,
  AFTER_VERB_SPEAKER,
  BARE_ATTRIBUTION,
  BEFORE_QUOTE,
  ENDS_ATTRIBUTION,
  GROUP_PARTICIPLE,
  NOUN_ATTRIBUTION,
  PARTICIPLE,
  RELATIVE_ATTRIBUTION,
  VERB,
} from "./attributionPatterns.js";
import {
  cueAttribution,
  handOver,
  lowerCaseWords,
  namesSomeone,
  nextSpeakerClause,
} from "./cueAttribution.js";
import {
  endsSentence,
  maskQuotes,
  parseMaskedPhrase,
  protectAbbreviations,
  sentenceEnd,
  sentenceStart,
  sentencesOf,
  withoutAnonymityClauses,
} from "./maskedText.js";
import { outerSourceOf } from "./outerSource.js";
import { findQuoteSpans, type QuoteSpan } from "./quoteSpans.js";
import {
  accordingToSource,
  claimEnd,
  reportedSpeech,
  sentenceSubject,
  trimAdverbials,
} from "./reportedSpeech.js";
import { withDoubleQuotes } from "./singleQuotes.js";
import type { SpeakerPhrase } from "./speakerPhrase.js";
import { SPEECH_VERB_FORMS } from "./speechVerbs.js";
import type { StatementKind, StatementRule } from "./types.js";

/** A statement as found, its speaker not yet resolved to a person ("he", "Sullivan"). */
export interface FoundStatement {
  readonly paragraph: number;
  readonly kind: StatementKind;
  readonly spans: readonly (readonly [number, number])[];
  readonly phrase: SpeakerPhrase | { readonly kind: "continuation" };
  readonly cue: string;
  readonly rule: StatementRule;
  /** Where the sentence names the outer source its words came through (see outerSource.ts). */
  readonly via?: readonly [number, number];
}

/**
 * Finds every statement of a story, paragraph by paragraph: quotes with their attribution before
 * (`Lindqvist said: "…"`) or after (`"…," Sullivan said.`), a quote split around its attribution
 * (one statement), a quote that runs on into the next paragraph, partial quotes inside reported
 * speech, and reported speech without quote marks (`Peskov said Putin will attend…`,
 * `…, the Kremlin said`, `according to …`).
 */
export function extractStatements(
  story: Story,
  /** Readings left out, to measure what each adds (eval `--quotes --ablate`). */
  withoutRules: ReadonlySet<StatementRule> = new Set(),
): FoundStatement[] {
  const found: FoundStatement[] = [];
  let runningQuote = false;
  const commonWords = lowerCaseWords(story.body.map((p) => p.text));
  let handedOver: LeadIn | null = null;
  for (const printed of story.body) {
    // Single marks read as double ones; offsets, and so every statement's words, are the printed ones.
    const paragraph = { ...printed, text: withDoubleQuotes(printed.text) };
    const quotes = findQuoteSpans(paragraph.text);
    found.push(
      ...paragraphStatements(
        paragraph,
        quotes,
        runningQuote,
        commonWords,
        withoutRules,
        handedOver,
        found.at(-1),
      ).filter(
        (statement) =>
          // Patterns name organisations by what they are ("the ministry said"); a person, by name.
          statement.phrase.kind !== "person" || namesSomeone(statement.phrase, commonWords),
      ),
    );
    runningQuote = quotes.at(-1)?.closed === false;
    handedOver = handOver(maskQuotes(paragraph.text, quotes), commonWords);
  }
  return found;
}

/** Whether words hold a verb that reports speech ("said", "claimed"), lower case as verbs are. */
function reportsSpeech(words: string): boolean {
  return [...words.matchAll(/\p{Ll}+/gu)].some(([word]) => SPEECH_VERB_FORMS.has(word));
}

/** A speaker and cue read from the words before a quote. */
type LeadIn = { phrase: SpeakerPhrase; cue: string };

/**
 * `Obi said Tuesday, adding: "…"`: an -ing form right before the quote, and whose it is: the
 * speaker of an attribution right before it ("Obi and Ruiz will meet, Vance said, adding: "…"" is
 * Vance's), else the sentence's subject.
 */
function participleLeadIn(leadIn: string): LeadIn | null {
  const participle = PARTICIPLE_LEAD_IN.exec(leadIn);
  const cue = participle?.groups?.cue;
  if (!participle || !cue) return null;
  const clause = leadIn.slice(0, participle.index);
  const said = /,\s+(?<phrase>[^,]{2,60}?)\s+(?<verb>\p{Ll}+)\s*$/u.exec(clause)?.groups;
  const speaker =
    said?.phrase && said.verb && SPEECH_VERB_FORMS.has(said.verb)
      ? parseMaskedPhrase(said.phrase)
      : null;
  const phrase = speaker && speaker.kind !== "nominal" ? speaker : sentenceSubject(clause);
  return phrase ? { phrase, cue } : null;
}

const PARTICIPLE_LEAD_IN = new RegExp(String.raw`(?:^|,)\s*(?<cue>${PARTICIPLE})\s*[,:]?\s*$`, "i");

/** `She put it bluntly: "…"`, `Kroll had one request: "…"`: a colon hands over to the quote. */
function colonLeadIn(leadIn: string): LeadIn | null {
  const colon = COLON_INTRODUCTION.exec(leadIn)?.groups;
  const phrase = colon?.phrase ? parseMaskedPhrase(colon.phrase) : null;
  return colon?.verb &&
    // "Former secretary of state Dana Ruiz:" is a label; its second word is no verb.
    isVerbAfter(colon.phrase ?? "", colon.verb) &&
    // "What keeps her going, she says, is simple:": a question word is nobody.
    !STOP_WORDS.has(colon.phrase?.toLowerCase() ?? "") &&
    (phrase?.kind === "person" || phrase?.kind === "pronoun")
    ? { phrase, cue: colon.verb }
    : null;
}

function paragraphStatements(
  paragraph: BodyParagraph,
  quotes: readonly QuoteSpan[],
  continuesQuote: boolean,
  commonWords: ReadonlySet<string>,
  withoutRules: ReadonlySet<StatementRule>,
  /** Who the paragraph before hands over to with a colon ("Obi continued:"). */
  handedOver: LeadIn | null,
  previous?: FoundStatement,
): FoundStatement[] {
  const text = paragraph.text;
  const masked = withoutAnonymityClauses(protectAbbreviations(maskQuotes(text, quotes)));
  const statements: FoundStatement[] = [];
  const used: [number, number][] = []; // text already read as a statement or its attribution
  const base = { paragraph: paragraph.number };
  const dateline = paragraph.number === 1 ? (findDateline(text)?.length ?? 0) : 0;

  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index] as QuoteSpan;
    const next = quotes[index + 1];
    const sentenceOpening = sentenceStart(masked, quote.open);
    const leadIn = masked.slice(sentenceOpening, quote.open);
    // `Lindqvist told reporters: "…"`, `He said, "…"`: the speaker and verb before the quote.
    const beforeMatch = BEFORE_QUOTE.exec(leadIn)?.groups;
    const beforePhrase =
      beforeMatch?.verb && beforeMatch.phrase ? parseMaskedPhrase(beforeMatch.phrase) : null;
    const handsOver = /[,:]\s*$/.test(leadIn);
    // `Obi wrote in an email: "Send it Friday." Ruiz said the firm …`: a quote that ends its
    // sentence after a speech verb hands over to it is that speaker's; the next sentence is not.
    const handedTo = endsSentence(masked, quote) && handsOver && beforePhrase !== null;
    const afterMatch = handedTo ? null : attributionAfter(text, masked, quote);
    const attributionEnd = quote.close + (afterMatch?.length ?? 0);
    const attributionSentenceEnd = sentenceEnd(masked, quote.close);
    const outer = afterMatch && outerSource(masked.slice(attributionEnd, attributionSentenceEnd));
    // `Oz is "smart as hell," Steve Mosko wrote`: the reporter's words before the quote are part of
    // what is attributed, so the statement starts with the sentence.
    if (afterMatch && /\p{L}/u.test(leadIn) && !handsOver && leadIn.split(/\s+/).length <= 25) {
      // `Obi said he would "fix it," and Ruiz vowed …`: a lead-in with a speech verb of its own
      // gives the quote its own speaker.
      // Not the verb of a clause closed before the quote's own ("When Obi said …, Ruiz "…"").
      const own = reportsSpeech(leadIn.split(",").at(-1) ?? "")
        ? reportedSpeech(masked.slice(sentenceOpening, quote.close))[0]
        : undefined;
      const opening = sentenceOpening + (leadIn.length - leadIn.trimStart().length);
      statements.push({
        ...base,
        kind: "partial",
        // Up to the closing mark: the lead-in opens the quote, so the statement closes it too.
        spans: [[opening, quote.close]],
        phrase: own?.phrase ?? afterMatch.phrase,
        cue: own?.cue ?? afterMatch.cue,
        rule: own ? "reported speech" : "quote, then speaker",
      });
      if (outer) statements.push({ ...outer, ...base, spans: [[opening, attributionEnd]] });
      used.push([sentenceOpening, attributionEnd]);
      continue;
    }
    // `"This," she said, "was never about money."`: a one-word opening is part of the quote the
    // attribution splits, and leaving it out could turn the words around ("Nobody," … "should …").
    const resumes =
      next !== undefined && /^\s*,?\s*$/.test(masked.slice(attributionEnd, next.open));
    // `"Marcus exaggerates," she says.`: a short quote is speech when it opens like a sentence
    // and an attribution follows it.
    const shortUtterance = /^\p{Lu}/u.test(text.slice(quote.start, quote.end));
    if (afterMatch && (isQuotation(text, quote) || resumes || shortUtterance)) {
      const spans: [number, number][] = [[quote.start, quote.end]];
      // `"A," Price said. "B."`: the second half needs no attribution of its own. Quotes inside
      // the attribution's sentence (`on Fox News's "Fox and Friends."`) are titles, not speech.
      const following = quotes.findIndex((q, at) => at > index && q.open >= attributionSentenceEnd);
      const second = quotes[following];
      const continuesAfterStop =
        second !== undefined &&
        masked.slice(attributionSentenceEnd, second.open).trim() === "" &&
        (isQuotation(text, second) || isQuotedSentence(text, second)) &&
        !attributionAfter(text, masked, second);
      // What comes between the attribution and a next quote in its sentence.
      const gap =
        next && next.open < attributionSentenceEnd ? masked.slice(attributionEnd, next.open) : null;
      // `"A," Mr. Obama said, "and B."`, `"A," Trump said, adding later, "B."`
      const continuesAfterParticiple =
        gap !== null && /^[^.]{0,80}[,:—–-]\s*$/.test(gap) && gap.split(/\s+/).length <= 10;
      // `"The river," Dunleavy says — and here she stops to point out a heron — "has never …"`:
      // an aside between a pair of dashes interrupts the sentence, and the quote goes on after it.
      const continuesAfterAside =
        gap !== null && DASHED_ASIDE.test(gap) && next && !attributionAfter(text, masked, next);
      if ((continuesAfterParticiple || continuesAfterAside) && next) {
        spans.push([next.start, next.end]);
        index++;
      } else if (continuesAfterStop && second) {
        spans.push([second.start, second.end]);
        index = following;
      }
      statements.push({
        ...base,
        kind: "direct",
        spans,
        phrase: afterMatch.phrase,
        cue: afterMatch.cue,
        rule: "quote, then speaker",
      });
      const outerSpans = [[quote.open, attributionEnd] as const, ...spans.slice(1)];
      if (outer) statements.push({ ...outer, ...base, spans: outerSpans });
      used.push([quote.open, Math.max(attributionEnd, spans.at(-1)?.[1] ?? 0)]);
      continue;
    }
    // Every reading below takes a whole quote, never a scare-quoted word or title.
    if (!isQuotation(text, quote)) continue;
    // The quote, attributed by the words before it in its sentence, or by the sentence or the
    // paragraph before it.
    const opensParagraph = masked.slice(0, quote.open).trim() === "";
    const leadInSpeaker =
      (beforeMatch?.verb && beforePhrase
        ? { phrase: beforePhrase, cue: beforeMatch.verb }
        : null) ??
      participleLeadIn(leadIn) ??
      colonLeadIn(leadIn) ??
      (leadIn.trim() === "" ? bareAttributionBefore(masked, quote.open) : null) ??
      (opensParagraph ? handedOver : null);
    if (leadInSpeaker) {
      const { phrase, cue } = leadInSpeaker;
      const rule = "speaker, then quote";
      statements.push(wholeQuote(quote, { ...base, phrase, cue: cue.toLowerCase(), rule }));
      used.push([sentenceOpening, quote.close]);
      continue;
    }
    // News runs a quote on by leaving the last paragraph's quote open. A whole-paragraph quote
    // after a closed one is not read as the same voice: on PolNeAR's quotes that reading named
    // someone else more often than the speaker (tune half 3 right / 4 wrong, check 3 / 7).
    if (opensParagraph && previous && continuesQuote) {
      statements.push(wholeQuote(quote, { ...base, ...GOES_ON, cue: previous.cue }));
      used.push([quote.open, quote.close]);
    }
  }

  const sentences = sentencesOf(masked);
  for (const sentence of sentences) {
    if (used.some(([start, end]) => sentence.start < end && start < sentence.end)) continue;
    const text = masked.slice(sentence.start, sentence.end);
    const found = reportedSpeech(text);
    // "…after warnings from the United States that Iran could provide…": a claim carried by a noun.
    for (const match of [
      ...text.matchAll(NOUN_ATTRIBUTION),
      ...text.matchAll(RELATIVE_ATTRIBUTION),
      ...text.matchAll(GROUP_PARTICIPLE),
    ]) {
      const phraseText = match.groups?.phrase ?? match.groups?.phrase2;
      const phrase = phraseText ? parseMaskedPhrase(phraseText) : null;
      const content = match.groups?.content;
      // A description speaks only as a group: "residents", "officials".
      if (!phrase || !content || (phrase.kind === "nominal" && !/s$/.test(phrase.noun))) continue;
      const start = match.index + match[0].length - content.length;
      if (found.some((r) => r.content[0] < start + content.length && start < r.content[1]))
        continue;
      found.push({
        phrase,
        cue: (match.groups?.noun ?? match.groups?.noun2 ?? "").toLowerCase(),
        content: [start, start + claimEnd(content)],
      });
    }
    for (const reported of found) {
      // "RIDGELINE, Colo. (Reuters) - Thousands fled…, authorities said": the lede's dateline is
      // the reporter's, not part of what the authorities said.
      const start = Math.max(sentence.start + reported.content[0], dateline);
      const end = withoutReportersAddition(masked, start, sentence.start + reported.content[1]);
      const kind = quotes.some((q) => q.open >= start && q.open < end) ? "partial" : "reported";
      statements.push({
        ...base,
        kind,
        spans: [[start, end]],
        phrase: reported.phrase,
        cue: reported.cue,
        rule: "reported speech",
      });
    }
  }
  const kept = (statement: FoundStatement) => !withoutRules.has(statement.rule);
  statements.splice(0, statements.length, ...statements.filter(kept));
  statements.push(
    ...cueAttributed(text, masked, quotes, statements, commonWords, base).filter(kept),
  );
  statements.sort(byStart);
  // A quote that opens a sentence right after someone's statement, with no attribution of its own,
  // goes on in their voice (`''…'' of the plan, Mr. Holtz-Eakin said. ''They're more detailed…''`).
  for (const quote of quotes) {
    if (statements.some((s) => claimsQuote(s, quote))) continue;
    const before = statements.filter((s) => endOf(s) <= quote.open).at(-1);
    const startsSentence = /(?:^|[.!?]["”’']*)\s*$/.test(masked.slice(0, quote.open));
    if (
      before &&
      startsSentence &&
      isQuotation(text, quote) &&
      !attributionAfter(text, masked, quote)
    )
      statements.push(wholeQuote(quote, { ...base, ...GOES_ON, cue: before.cue }));
  }
  const sorted = statements.filter(kept).sort(byStart);
  return sorted.map((statement) => {
    const outer = outerSourceOf(masked, sentences, statement, sorted);
    if (!outer) return statement;
    const { via, end } = outer;
    if (end === undefined) return { ...statement, via };
    // Up to the comma before "according to X": the source is no part of what was said.
    const trimmed = masked.slice(0, end).trimEnd().replace(/,$/, "").length;
    const [start, stop] = statement.spans.at(-1) ?? [0, 0];
    const spans = [...statement.spans.slice(0, -1), [start, Math.min(stop, trimmed)] as const];
    return { ...statement, via, spans };
  });
}

/** Where a statement's words start, and where they end, in its paragraph. */
const startOf = (statement: FoundStatement) => statement.spans[0]?.[0] ?? 0;
const endOf = (statement: FoundStatement) => statement.spans.at(-1)?.[1] ?? 0;
const byStart = (a: FoundStatement, b: FoundStatement) => startOf(a) - startOf(b);

/** A quote that goes on in the voice of the statement before it. */
const GOES_ON = { phrase: { kind: "continuation" }, rule: "quote goes on" } as const;

/** A statement of one whole quote, its marks left out. */
function wholeQuote(
  quote: QuoteSpan,
  said: Omit<FoundStatement, "kind" | "spans">,
): FoundStatement {
  return { ...said, kind: "direct", spans: [[quote.start, quote.end]] };
}

/**
 * Quotes still unclaimed, attributed by the verb of communication in their sentence (see
 * cueAttribution.ts). Quotes of one sentence with the same cue are one statement, from where what
 * was said starts to the last quote's end.
 */
function cueAttributed(
  text: string,
  masked: string,
  quotes: readonly QuoteSpan[],
  statements: readonly FoundStatement[],
  commonWords: ReadonlySet<string>,
  base: { paragraph: number },
): FoundStatement[] {
  const found: FoundStatement[] = [];
  for (const quote of quotes) {
    const claimed = [...statements, ...found].some((s) => claimsQuote(s, quote));
    if (claimed || !/\p{L}/u.test(text.slice(quote.start, quote.end))) continue;
    if (isTitle(text, masked, quote)) continue;
    const attribution = cueAttribution(masked, quote, commonWords, (from, to) =>
      [...statements, ...found].some((s) => endOf(s) > from && endOf(s) <= to),
    );
    if (!attribution) continue;
    const previous = found.at(-1);
    const start = Math.min(attribution.contentStart, quote.open);
    if (previous && previous.cue === attribution.cue && startOf(previous) === start) {
      found[found.length - 1] = { ...previous, spans: [[start, quote.close]] };
      continue;
    }
    // A fragment ("…credited her with holding "the coalition together" through the winter") is
    // part of a claim that runs on after it.
    const fragment = /^\p{Ll}/u.test(text.slice(quote.start, quote.end));
    const whole = start === quote.open && isQuotation(text, quote) && !fragment;
    // "…pledged to "finish the pier" before the storms": what was said runs to the sentence's end,
    // or to where another speaker's clause starts.
    const sentenceClose = sentenceEnd(masked, quote.close);
    const next = quotes.find((q) => q.open >= quote.close && q.open < sentenceClose);
    const claimClose =
      (next ? nextSpeakerClause(masked, quote.close, next.open) : null) ?? sentenceClose;
    // "Ruiz, telling a host that her children "will not go back," said she would …": the main
    // clause's verb after the quote ends the claim the participle carried.
    const resumes = MAIN_VERB_AFTER.test(masked.slice(quote.close, claimClose));
    const end =
      attribution.cueFirst && !endsSentence(masked, quote) && !resumes
        ? Math.max(quote.close, start + claimEnd(masked.slice(start, claimClose)))
        : quote.close;
    found.push({
      ...base,
      kind: whole ? "direct" : "partial",
      spans: [whole ? [quote.start, quote.end] : [start, end]],
      phrase: attribution.phrase,
      cue: attribution.cue,
      rule: attribution.rule,
    });
  }
  return found;
}

/** A speech verb right after a quote: the sentence's main clause going on. */
const MAIN_VERB_AFTER = new RegExp(String.raw`^[,\s]*(?:\p{Ll}+ly\s+)?(?:${VERB})\b`, "u");

/**
 * `in an interview aired on "Harbor Mornings."`: a few capitalised words right after a
 * preposition name a programme, a book or a film; they are no one's words.
 */
function isTitle(text: string, masked: string, quote: QuoteSpan): boolean {
  const words = text
    .slice(quote.start, quote.end)
    .replace(/^\W+|\W+$/gu, "")
    .split(/\s+/);
  return (
    words.length <= 5 &&
    /^\p{Lu}/u.test(words[0] ?? "") &&
    words.every((word) => /^(?:\p{Lu}|\d|(?:of|the|and|a|an|in|on|for|to|with)$)/u.test(word)) &&
    /\s(?:on|in|from|of|at|to|by)\s+$/.test(masked.slice(0, quote.open))
  );
}

/** Whether a statement holds any of a quote's words (or its marks). */
function claimsQuote(statement: FoundStatement, quote: QuoteSpan): boolean {
  return statement.spans.some(([start, end]) => start < quote.close && quote.open < end);
}

/**
 * A quote's own attribution right after it in its sentence (`"…," X said`, `"…?" X asked`): only
 * after a quote that ends on a comma, question or dash, or is set off by one (`"…" is held
 * accountable` is the sentence going on).
 */
function attributionAfter(
  text: string,
  masked: string,
  quote: QuoteSpan,
): { phrase: SpeakerPhrase; cue: string; length: number } | null {
  const after = masked.slice(quote.close, sentenceEnd(masked, quote.close));
  const setOff =
    /[,!?—–-]['’"”]*$/.test(text.slice(quote.start, quote.end)) || /^\s*[,—–-]/.test(after);
  if (!setOff) return null;
  const speakerFirst = AFTER_SPEAKER_VERB.exec(after)?.groups;
  if (speakerFirst?.phrase && speakerFirst.verb) {
    const phrase = parseMaskedPhrase(speakerFirst.phrase);
    const length = after.indexOf(speakerFirst.verb) + speakerFirst.verb.length;
    // `"…," X said his running mate's tweet was…`: a clause after the verb is what X said, and
    // the quote before it was only a title in the sentence.
    if (phrase && ENDS_ATTRIBUTION.test(after.slice(length)))
      return { phrase, cue: speakerFirst.verb.toLowerCase(), length };
  }
  const verbFirst = AFTER_VERB_SPEAKER.exec(after)?.groups;
  if (verbFirst?.phrase && verbFirst.verb) {
    // `said Don Fowler, who helmed the DNC from 1995 to 1997, …`: the clause is not the name.
    const named = verbFirst.phrase.replace(/,\s+(?:who|which|whose)\b.*$/s, "");
    const phrase = parseMaskedPhrase(trimAdverbials(named));
    if (phrase) return { phrase, cue: verbFirst.verb.toLowerCase(), length: after.length };
  }
  return null;
}

/**
 * `"…," Obi said at a rally, according to the Fenwick Star.`: the outlet that reports the quote and
 * its attribution is the source of both together, as nested attributions are read (the quote alone
 * stays Obi's).
 */
function outerSource(
  rest: string,
): Pick<FoundStatement, "kind" | "phrase" | "cue" | "rule"> | null {
  const source = OUTER_SOURCE.exec(rest)?.groups?.source;
  const phrase = source ? accordingToSource(source) : null;
  return phrase && phrase.kind !== "nominal" && phrase.kind !== "pronoun"
    ? { kind: "reported", phrase, cue: "according to", rule: "reported speech" }
    : null;
}

const OUTER_SOURCE = /^[^,.;:]{0,60},\s+according to (?<source>[^,.;:]{2,100}?)\s*[.!?]?\s*$/i;

/** The speaker of a sentence that only attributes ("Ruiz agreed."), right before a quote's sentence. */
function bareAttributionBefore(masked: string, quoteOpen: number): LeadIn | null {
  const end = masked.slice(0, quoteOpen).trimEnd().length;
  if (end === 0) return null;
  const sentence = masked.slice(sentenceStart(masked, end - 1), end);
  const match = BARE_ATTRIBUTION.exec(sentence)?.groups;
  if (!match?.phrase || !match.verb) return null;
  const phrase = parseMaskedPhrase(match.phrase);
  // "Or maybe Ken Obi, analyst Dana Ruiz says.": two names, and the sentence says something.
  const last = parseMaskedPhrase(match.phrase.slice(match.phrase.lastIndexOf(",") + 1));
  const twoNames =
    phrase?.kind === "person" && last?.kind === "person" && last.name !== phrase.name;
  return phrase && phrase.kind !== "nominal" && !twoNames
    ? { phrase, cue: match.verb.toLowerCase() }
    : null;
}

/** The reporter's aside, set off by a pair of dashes with no stop inside: ` — and here she stops … — `. */
const DASHED_ASIDE = /^\s*(?:[—–]|--)\s[^.!?;:—–"“”]{1,240}\s(?:[—–]|--)\s*$/;

/** A sentence that opens on its speaker and hands over to a quote with a colon. */
const COLON_INTRODUCTION =
  /^\s*(?<phrase>He|She|They|I|We|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?<verb>\p{Ll}+)(?:\s+[^.!?;"“”:_]{0,40})?:\s*$/u;

/** Whether the tagger reads a word as a verb after its subject ("She put", not "Former secretary"). */
function isVerbAfter(subject: string, word: string): boolean {
  return nlp(`${subject} ${word}`).terms().last().has("#Verb");
}

/** A quoted sentence, however short, right after an attributed quote: `… Tolliver said. "He shouldn't."` */
function isQuotedSentence(text: string, quote: QuoteSpan): boolean {
  return /^\p{Lu}.*[.!?]$/u.test(text.slice(quote.start, quote.end));
}

/** A quote long enough to be something said, not a scare-quoted word or title. */
function isQuotation(text: string, quote: QuoteSpan): boolean {
  return text.slice(quote.start, quote.end).split(/\s+/).length >= 3;
}

// "…said two people were missing but did not release their names", "…said it would act, without
// giving details": what the speaker declined to say is the reporter's remark about them, not part
// of what they said.
const REPORTERS_ADDITION =
  /,?\s+(?:but|and)\s+(?:did not|didn't|declined to|refused to|would not|wouldn't)\s+(?:release|give|provide|say|identify|name|elaborate|disclose|comment|offer|specify)\b|,\s+without\s+(?:giving|providing|offering|citing|elaborating|saying|naming|identifying|specifying)\b/i;

/** Where reported speech ends once the reporter's remark on it is left out. */
function withoutReportersAddition(masked: string, start: number, end: number): number {
  const addition = REPORTERS_ADDITION.exec(masked.slice(start, end));
  return addition ? start + addition.index : end;
}
