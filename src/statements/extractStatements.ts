import type { BodyParagraph, Story } from "../story/types.js";
import { findQuoteSpans, type QuoteSpan } from "./quoteSpans.js";
import {
  parseSpeakerPhrase as parsePhrase,
  type SpeakerPhrase,
  TITLE_WORDS,
} from "./speakerPhrase.js";
import { SPEECH_VERBS, VERBS_WITH_LISTENER } from "./speechVerbs.js";
import type { StatementKind } from "./types.js";

/** A statement as found, its speaker not yet resolved to a person ("he", "Sullivan"). */
export interface FoundStatement {
  readonly paragraph: number;
  readonly kind: StatementKind;
  readonly spans: readonly (readonly [number, number])[];
  readonly phrase: SpeakerPhrase | { readonly kind: "continuation" };
  readonly cue: string;
}

const VERB = SPEECH_VERBS.join("|");
const PARTICIPLE =
  "saying|adding|telling|noting|arguing|warning|writing|explaining|declaring|insisting|asking";
const ABBREVIATION_DOT = "·";
const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Del|Inc|Corp|Co|No|Ft|Mt|Sept|Aug|Oct|Nov|Dec|Jan|Feb)\.(?=\s)|\b(?:\p{Lu}\.){1,3}(?=[\s,)-]|\p{Lu})|(?<=-)(?:\p{Lu}\p{Ll}{0,3}\.)+/gu;
const MAX_PHRASE = 160;
// `," Sullivan said.`  `," said Priya Raman, a semiconductor analyst.`  `," Price told reporters`
const AFTER_SPEAKER_VERB = new RegExp(
  String.raw`^[\s,!?—–-]*(?<phrase>[^.!?;"“”]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})\b`,
  "u",
);
const AFTER_VERB_SPEAKER = new RegExp(
  String.raw`^[\s,!?—–-]*(?<verb>${VERB})\s+(?<phrase>[^.!?;"“”]{1,${MAX_PHRASE}})`,
  "u",
);
// `Lindqvist told reporters: "…"`  `He said, "…"`
const BEFORE_QUOTE = new RegExp(
  String.raw`(?:^|[.!?;]\s+|[”"]\s*)(?<phrase>[^.!?;"“”]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})(?:(?<listener>\s+(?:(?!\bthat\b)[^.!?;"“”,:]){1,60}?)?\s*[,:]|\s*)\s*$`,
  "u",
);
// `Peskov said Putin will attend…`  `Amirabdollahian said in a phone call … that the U.S. accusations…`
const REPORTED = new RegExp(
  String.raw`^(?<phrase>[^"“”]{1,${MAX_PHRASE}}?)\s+(?<verb>${VERB})\b(?<rest>.+)$`,
  "u",
);
// `…for meetings with Iranian and Turkish officials, the Kremlin said, after warnings…`
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`^(?<content>.{12,}?),\s+(?<phrase>[^,"“”]{2,80}?)\s+(?<verb>${VERB})(?:\s+(?:on|in|at|during|after|before|late|early|this|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|earlier|later)\b[^,.]{0,60})?(?:[,.]|$)`,
  "u",
);
const ACCORDING_TO_FIRST = /^according to (?<phrase>[^,]{2,100}),\s+(?<content>.+)$/i;
const ACCORDING_TO_LAST = new RegExp(
  String.raw`^(?<content>.{12,}?),?\s+according to (?<phrase>[^,.]{2,100}?)(?:,\s+(?:who\s+(?<verb>${SPEECH_VERBS.join("|")})\s+(?:that\s+)?(?<more>.+?)|which\s.+?))?[.,]?$`,
  "i",
);
const ADVERBIAL =
  /^(?:\s*(?:on|in|at|during|after|before|while|when|through|via|from|late|early|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b[^,"“”]*?)?(?:\s*,)?\s*that\s+/i;
// "During his years in office, Mr. Obama said…": the speaker comes after the opening phrase.
const INTRODUCTORY_PHRASE =
  /^\s*(?:In|During|At|On|After|Before|While|Speaking|Asked|Earlier|Later|Last|This|From|Following|Under|With)\b[^,]*?(?:,|[”"](?=\s+\p{Lu}))\s*/u;
// "These employees, Stumpf explained earlier in the hearing, were "well-paid"": attribution inside.
const INTERRUPTING_ATTRIBUTION = new RegExp(
  String.raw`^(?<first>[^,]{8,}),\s+(?<phrase>[^,]{2,60}?)\s+(?<verb>${VERB})\b[^,]{0,60},\s+(?<second>.{8,})$`,
  "u",
);
// "WASHINGTON (AP) — ", "RIDGELINE, Colo. (Reuters) - ": where a wire story was filed.
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'·-]+(?:\([^)]*\))?\s*[—–-]\s*/u;
// Words that cannot open what someone said: "said in a statement", "said to reporters".
const NOT_A_CLAUSE =
  /^(?:to|for|on|in|at|with|about|of|from|by|as|into|over|after|before|during|under|so|goodbye|hello|yes|no|and|or|but)\b|^[,;:—–-]/i;
// Verbs whose object and complement are the statement: "called half of Trump's supporters "deplorables"".
const OBJECT_COMPLEMENT_VERBS = new Set([
  "classified",
  "called",
  "branded",
  "dubbed",
  "labeled",
  "labelled",
  "condemned",
  "described",
  "likened",
  "compared",
  "praised",
  "criticized",
  "criticised",
  "blasted",
  "slammed",
  "dismissed",
  "hailed",
  "accused",
  "blamed",
]);
// "Mook said as much in an interview, arguing that Trump…", "Sanders said, going on to say that…".
const PARTICIPLE_CLAIM = new RegExp(
  String.raw`,\s+(?:\S+\s+){0,3}?(?<cue>${PARTICIPLE}|say)\s+(?:that\s+)?`,
  "i",
);
// "…, which city finance officials estimate will add about $96…", "Priya Natarajan, who objected to…"
const RELATIVE_ATTRIBUTION = new RegExp(
  String.raw`(?:\bwhich\s+(?<phrase>[^,;"“”]{2,50}?)\s+(?<noun>estimate|estimates|estimated|say|says|said|predict|predicts|predicted|expect|expects|expected)\s+|(?<phrase2>\p{Lu}[^,;"“”]{2,90}),\s+who\s+(?<noun2>${VERB}|objected)\s+(?:to\s+|that\s+)?)(?<content>[^;"“”]{8,}?)(?=[,;.]\s|[.]?$)`,
  "gu",
);
// What may follow "X said" when X's words are the quote before it: the end of the sentence, a
// time, place or manner, or the listener of "told".
// What may follow "X said" when X's words are the quote before it: the sentence ends, or a comma
// comes, within a few words ("told the crowd, reciting…", "said Thursday morning on Fox News").
const ENDS_ATTRIBUTION =
  /^(?:\s*[,.;:!?—–-]|\s*$|(?:\s+[^\s,.;:!?]+){1,8}?\s*(?:[,.;:!?—–]|$)|\s+(?:on|in|at|during|to|from|with|after|before|while|when|late|early|this|last|about|of|as|through|via|today|yesterday|tonight|earlier|later|recently|again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters)\b)/u;
const SUBORDINATOR = /^\s*(?:While|Although|Though|Because|If|When|Since|Even though|Whereas)\b/;
// "…, many of them parents urging the council to keep the pool open": a group's plea.
const GROUP_PARTICIPLE =
  /\b(?<phrase>\p{Ll}+s)\s+(?<noun>urging|asking|begging|demanding|pressing|calling on)\s+(?<content>[^;"“”]{8,}?)(?=[,;.]\s|[.]?$)/gu;
const NOUN_ATTRIBUTION =
  /\b(?<noun>warnings?|claims?|statements?|assertions?|allegations?|accusations?|assurances?|predictions?)\s+(?:from|by)\s+(?<phrase>[^,;"“”]{2,60}?)\s+that\s+(?<content>[^;"“”]{8,}?)(?=[,;.]\s|[.]?$)/gu;
const SECOND_CLAIM = new RegExp(
  String.raw`,?\s+and\s+(?:also\s+)?(?<verb>${VERB})\s+(?:\S+\s+){0,3}?that\s+`,
  "u",
);
const TIME_WORD =
  /^\s*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|again|also|repeatedly|previously|recently)\b,?/i;

/**
 * Finds every statement of a story, paragraph by paragraph: quotes with their attribution before
 * (`Lindqvist said: "…"`) or after (`"…," Sullivan said.`), a quote split around its attribution
 * (one statement), a quote that runs on into the next paragraph, partial quotes inside reported
 * speech, and reported speech without quote marks (`Peskov said Putin will attend…`,
 * `…, the Kremlin said`, `according to …`).
 */
export function extractStatements(story: Story): FoundStatement[] {
  const found: FoundStatement[] = [];
  let runningQuote = false;
  for (const paragraph of story.body) {
    const statements = paragraphStatements(paragraph, runningQuote, found.at(-1));
    found.push(...statements);
    const quotes = findQuoteSpans(paragraph.text);
    runningQuote = quotes.at(-1)?.closed === false;
  }
  return found;
}

function paragraphStatements(
  paragraph: BodyParagraph,
  continuesQuote: boolean,
  previous?: FoundStatement,
): FoundStatement[] {
  const text = paragraph.text;
  const quotes = findQuoteSpans(text);
  const masked = protectAbbreviations(maskQuotes(text, quotes));
  const statements: FoundStatement[] = [];
  const used: [number, number][] = []; // text already read as a statement or its attribution
  const base = { paragraph: paragraph.number };

  // A transcript line: "PENCE: Well, look, …"
  const transcript =
    /^\W*(?<name>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)?):\s+(?<said>.+)$/u.exec(text);
  if (transcript?.groups?.name && transcript.groups.said && transcript.groups.name.length > 2) {
    const name = transcript.groups.name
      .toLowerCase()
      .replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
    const start = text.length - transcript.groups.said.length;
    return [
      {
        ...base,
        kind: "direct",
        spans: [[start, text.replace(/["”]\s*$/, "").length]],
        phrase: { kind: "person", name },
        cue: "said",
      },
    ];
  }

  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index] as QuoteSpan;
    const next = quotes[index + 1];
    const after = masked.slice(quote.close, sentenceEnd(masked, quote.close));
    // `"…," X said` / `"…?" X asked`: an attribution follows a quote that ends on a comma, question
    // or dash, or is set off by one; `"…" is held accountable` is the sentence going on.
    const setOff =
      /[,!?—–-]['’"”]*$/.test(text.slice(quote.start, quote.end)) || /^\s*[,—–-]/.test(after);
    const afterMatch = setOff ? matchAfter(after) : null;
    const sentenceOpening = sentenceStart(masked, quote.open);
    const leadIn = masked.slice(sentenceOpening, quote.open);
    // `Oz is "smart as hell," Steve Mosko wrote`: the reporter's words before the quote are part of
    // what is attributed, so the statement starts with the sentence.
    if (
      afterMatch &&
      /\p{L}/u.test(leadIn) &&
      !/[,:]\s*$/.test(leadIn) &&
      leadIn.split(/\s+/).length <= 25
    ) {
      statements.push({
        ...base,
        kind: "partial",
        spans: [[sentenceOpening + (leadIn.length - leadIn.trimStart().length), quote.end]],
        phrase: afterMatch.phrase,
        cue: afterMatch.cue,
      });
      used.push([sentenceOpening, quote.close + afterMatch.length]);
      continue;
    }
    if (afterMatch && isQuotation(text, quote)) {
      const spans: [number, number][] = [[quote.start, quote.end]];
      const attributionEnd = quote.close + afterMatch.length;
      // `"A," Price said. "B."`: the second half needs no attribution of its own. Quotes inside
      // the attribution's sentence (`on Fox News's "Fox and Friends."`) are titles, not speech.
      const attributionSentenceEnd = sentenceEnd(masked, quote.close);
      let following = index + 1;
      while ((quotes[following]?.open ?? Number.POSITIVE_INFINITY) < attributionSentenceEnd)
        following++;
      const second = quotes[following];
      const continuesAfterStop =
        second !== undefined &&
        masked.slice(attributionSentenceEnd, second.open).trim() === "" &&
        isQuotation(text, second) &&
        !attributedAfter(text, masked, second);
      // `"A," Mr. Obama said, "and B."`, `"A," Trump said, adding later, "B."`
      const continuesAfterParticiple =
        next !== undefined &&
        next.open < attributionSentenceEnd &&
        /^[^.]{0,80}[,:—–-]\s*$/.test(masked.slice(attributionEnd, next.open)) &&
        masked.slice(attributionEnd, next.open).split(/\s+/).length <= 10;
      if (continuesAfterParticiple && next) {
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
      });
      used.push([quote.open, Math.max(attributionEnd, spans.at(-1)?.[1] ?? 0)]);
      continue;
    }
    const before = masked.slice(sentenceStart(masked, quote.open), quote.open);
    const beforeMatch = BEFORE_QUOTE.exec(before)?.groups;
    const beforePhrase = beforeMatch?.phrase ? parseSpeakerPhrase(beforeMatch.phrase) : null;
    if (beforeMatch?.verb && beforePhrase && isQuotation(text, quote)) {
      statements.push({
        ...base,
        kind: "direct",
        spans: [[quote.start, quote.end]],
        phrase: beforePhrase,
        cue: beforeMatch.verb.toLowerCase(),
      });
      used.push([quote.open - before.length, quote.close]);
      continue;
    }
    const participle = new RegExp(
      String.raw`(?:^|,)\s*(?<cue>${PARTICIPLE})\s*[,:]?\s*$`,
      "i",
    ).exec(before);
    const subject = participle ? sentenceSubject(before.slice(0, participle.index)) : null;
    if (participle?.groups?.cue && subject && isQuotation(text, quote)) {
      statements.push({
        ...base,
        kind: "direct",
        spans: [[quote.start, quote.end]],
        phrase: subject,
        cue: participle.groups.cue.toLowerCase(),
      });
      used.push([quote.open - before.length, quote.close]);
      continue;
    }
    const opensParagraph = masked.slice(0, quote.open).trim() === "";
    if (
      opensParagraph &&
      isQuotation(text, quote) &&
      previous &&
      // News runs a quote on by leaving the last paragraph's quote open; a quote that is the whole
      // paragraph after a quoted paragraph is the same voice. A title opening a sentence is neither.
      (continuesQuote || (previous.kind === "direct" && masked.slice(quote.close).trim() === ""))
    ) {
      statements.push({
        ...base,
        kind: "direct",
        spans: [[quote.start, quote.end]],
        phrase: { kind: "continuation" },
        cue: previous.cue,
      });
      used.push([quote.open, quote.close]);
    }
  }

  for (const sentence of sentencesOf(masked)) {
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
      const phrase = phraseText ? parseSpeakerPhrase(phraseText) : null;
      const content = match.groups?.content;
      const isGroup = phrase?.kind === "nominal" && /s$/.test(phrase.noun);
      if (!phrase || (phrase.kind === "nominal" && !isGroup) || !content) continue;
      const start = match.index + match[0].length - content.length;
      if (found.some((r) => r.content[0] < start + content.length && start < r.content[1]))
        continue;
      found.push({
        phrase,
        cue: (match.groups?.noun ?? match.groups?.noun2 ?? "").toLowerCase(),
        content: [start, start + content.replace(/[\s.]+$/, "").length],
      });
    }
    for (const reported of found) {
      const start = sentence.start + reported.content[0];
      const end = sentence.start + reported.content[1];
      const kind = quotes.some((q) => q.open >= start && q.open < end) ? "partial" : "reported";
      statements.push({
        ...base,
        kind,
        spans: [[start, end]],
        phrase: reported.phrase,
        cue: reported.cue,
      });
    }
  }
  statements.sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));
  // A quote that opens a sentence right after someone's statement, with no attribution of its own,
  // goes on in their voice (`''…'' of the plan, Mr. Holtz-Eakin said. ''They're more detailed…''`).
  for (const quote of quotes) {
    if (
      statements.some((s) =>
        s.spans.some(([start, end]) => start < quote.close && quote.open < end),
      )
    )
      continue;
    const before = statements.filter((s) => (s.spans.at(-1)?.[1] ?? 0) <= quote.open).at(-1);
    const startsSentence = /(?:^|[.!?]["”’']*)\s*$/.test(masked.slice(0, quote.open));
    if (
      before &&
      startsSentence &&
      isQuotation(text, quote) &&
      !attributedAfter(text, masked, quote)
    ) {
      statements.push({
        ...base,
        kind: "direct",
        spans: [[quote.start, quote.end]],
        phrase: { kind: "continuation" },
        cue: before.cue,
      });
    }
  }
  return statements.sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));
}

/** Whether a quote has its own attribution right after it (`"…," Price said`). */
function attributedAfter(text: string, masked: string, quote: QuoteSpan): boolean {
  const after = masked.slice(quote.close, sentenceEnd(masked, quote.close));
  const setOff =
    /[,!?—–-]['’"”]*$/.test(text.slice(quote.start, quote.end)) || /^\s*[,—–-]/.test(after);
  return setOff && matchAfter(after) !== null;
}

/** The subject of a clause such as "During a speech, Trump attacked Clinton": its opening name. */
function sentenceSubject(clause: string): SpeakerPhrase | null {
  const main = clause.replace(
    /^\s*(?:In|During|At|On|After|Before|While|Speaking|Asked|Earlier|Later|Last|This)\b[^,]*,\s*/,
    "",
  );
  const subject =
    /^(?:\p{Lu}[\p{L}'’·.-]*\s+){0,4}\p{Lu}[\p{L}'’·.-]*|^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b/u.exec(
      main.trim(),
    )?.[0];
  if (!subject) return null;
  const phrase = parseSpeakerPhrase(subject);
  return phrase && phrase.kind !== "nominal" ? phrase : null;
}

function matchAfter(after: string): { phrase: SpeakerPhrase; cue: string; length: number } | null {
  const speakerFirst = AFTER_SPEAKER_VERB.exec(after)?.groups;
  if (speakerFirst?.phrase && speakerFirst.verb) {
    const phrase = parseSpeakerPhrase(speakerFirst.phrase);
    const length = after.indexOf(speakerFirst.verb) + speakerFirst.verb.length;
    // `"…," X said his running mate's tweet was…`: a clause after the verb is what X said, and
    // the quote before it was only a title in the sentence.
    if (phrase && ENDS_ATTRIBUTION.test(after.slice(length))) {
      return { phrase, cue: speakerFirst.verb.toLowerCase(), length };
    }
  }
  const verbFirst = AFTER_VERB_SPEAKER.exec(after)?.groups;
  if (verbFirst?.phrase && verbFirst.verb) {
    // `said Don Fowler, who helmed the DNC from 1995 to 1997, …`: the clause is not the name.
    const named = verbFirst.phrase.replace(/,\s+(?:who|which|whose)\b.*$/s, "");
    const phrase = parseSpeakerPhrase(trimAdverbials(named));
    if (phrase) return { phrase, cue: verbFirst.verb.toLowerCase(), length: after.length };
  }
  return null;
}

type Reported = { phrase: SpeakerPhrase; cue: string; content: [number, number] };

/**
 * Reported speech in one sentence (quotes masked): its speaker phrase, cue and content offsets;
 * two for "told the council that X, and warned that Y" or "according to Y, who said Z".
 */
function reportedSpeech(sentence: string): Reported[] {
  const trimmedEnd = sentence.replace(/[\s.]+$/, "").length;
  const according =
    ACCORDING_TO_FIRST.exec(sentence)?.groups ?? ACCORDING_TO_LAST.exec(sentence)?.groups;
  if (according?.phrase && according.content) {
    const phrase = parseSpeakerPhrase(according.phrase);
    const start = sentence.indexOf(according.content);
    if (phrase && phrase.kind !== "nominal") {
      const found: Reported[] = [
        {
          phrase,
          cue: "according to",
          content: [start, Math.min(trimmedEnd, start + according.content.length)],
        },
      ];
      if (according.more && according.verb) {
        const moreStart = sentence.lastIndexOf(according.more);
        found.push({
          phrase,
          cue: according.verb.toLowerCase(),
          content: [moreStart, Math.min(trimmedEnd, moreStart + according.more.length)],
        });
      }
      return found;
    }
  }
  const putIt = /^As (?<phrase>[^,]{2,60}?) (?:put|puts) it\b[^,]*,\s+(?<content>.{8,})$/.exec(
    sentence,
  )?.groups;
  const putItPhrase = putIt?.phrase ? parseSpeakerPhrase(putIt.phrase) : null;
  if (putIt?.content && putItPhrase && putItPhrase.kind !== "nominal") {
    const start = sentence.length - putIt.content.length;
    return [{ phrase: putItPhrase, cue: "put it", content: [start, trimmedEnd] }];
  }
  const interrupted = INTERRUPTING_ATTRIBUTION.exec(sentence)?.groups;
  if (interrupted?.first && interrupted.phrase && interrupted.verb && interrupted.second) {
    const phrase = parseSpeakerPhrase(interrupted.phrase);
    if (phrase?.kind === "person" || phrase?.kind === "pronoun") {
      return [{ phrase, cue: interrupted.verb.toLowerCase(), content: [0, trimmedEnd] }];
    }
  }
  const trailing = TRAILING_ATTRIBUTION.exec(sentence)?.groups;
  if (trailing?.phrase && trailing.verb && trailing.content) {
    const phrase = parseSpeakerPhrase(trailing.phrase);
    const isGroup = phrase?.kind === "nominal" && phrase.noun.split(/\s+/).length <= 3;
    if (phrase && (phrase.kind !== "nominal" || isGroup))
      return [{ phrase, cue: trailing.verb.toLowerCase(), content: [0, trailing.content.length] }];
  }
  // Quoted titles before the speaker ("On "Fox News Sunday," Pence said…") may sit in the phrase.
  const leading = REPORTED.exec(sentence.replace(/["“”]/g, "ˮ"))?.groups;
  if (!leading?.phrase || !leading.verb || leading.rest === undefined) return [];
  // "While he acknowledged X, Ham also noted Y": the main clause's speaker said what counts.
  if (SUBORDINATOR.test(leading.phrase)) {
    const main = sentence.indexOf(", ", leading.phrase.length + leading.verb.length);
    if (main !== -1) {
      const inMain = reportedSpeech(sentence.slice(main + 2));
      if (inMain.length > 0) {
        return inMain.map((r) => ({
          ...r,
          content: [r.content[0] + main + 2, r.content[1] + main + 2],
        }));
      }
    }
  }
  const opening = leading.phrase.replace(DATELINE, "").replace(INTRODUCTORY_PHRASE, "");
  // "The United States on Thursday imposed new limits … and said …": the subject said it.
  const phrase = /\band$/i.test(opening.trim())
    ? sentenceSubject(opening)
    : parseSpeakerPhrase(opening);
  // A long description speaks only if it starts with a role: "a spokesman for the Ministry of …".
  const describesSomeone = (noun: string) =>
    noun.split(/\s+/).length <= 4 || TITLE_WORDS.has(noun.split(/\s+/)[0]?.toLowerCase() ?? "");
  if (!phrase || (phrase.kind === "nominal" && !describesSomeone(phrase.noun))) return [];
  let rest = leading.rest;
  let offset = sentence.length - rest.length;
  const verb = leading.verb.toLowerCase();
  const comma = /^\s*,\s*/.exec(rest);
  if (comma) {
    offset += comma[0].length;
    rest = rest.slice(comma[0].length);
  }
  // "told the forum he was…", "called on the administration to…": skip the listener.
  const listener = VERBS_WITH_LISTENER.has(verb)
    ? (/^\s+(?:\S+\s+){0,8}?that\s+/.exec(rest) ??
      /^\s+(?:[^\s,]+\s+){1,4}?(?=(?:he|she|they|it|we|i|the|a|an|his|her|its|their|this|these|those)\s)/.exec(
        rest,
      ))
    : /^\s+(?:on|for)\s+/.exec(rest);
  if (listener) {
    offset += listener[0].length;
    rest = rest.slice(listener[0].length);
  }
  const that = listener ? null : ADVERBIAL.exec(rest);
  if (that) {
    offset += that[0].length;
    rest = rest.slice(that[0].length);
  } else {
    // "told about 3,000 more people to be ready to leave": an instruction is what was said;
    // "told Fox News." with nothing after says nothing.
    const instruction = VERBS_WITH_LISTENER.has(verb) && /^\s*\S.{2,120}?\bto\s+\p{L}/u.test(rest);
    if (VERBS_WITH_LISTENER.has(verb) && !listener && !instruction) return [];
    const time = TIME_WORD.exec(rest);
    if (time) {
      offset += time[0].length;
      rest = rest.slice(time[0].length);
    }
    const lead = rest.length - rest.trimStart().length;
    offset += lead;
    rest = rest.trimStart();
    // What follows "said" must be what was said, not a preposition ("said in a statement…"):
    // unless a participle carries the claim on ("…, arguing that Trump…").
    if (
      !listener &&
      !instruction &&
      !OBJECT_COMPLEMENT_VERBS.has(verb) &&
      NOT_A_CLAUSE.test(rest)
    ) {
      const carried = PARTICIPLE_CLAIM.exec(rest);
      if (!carried?.groups?.cue) return [];
      const start = offset + carried.index + carried[0].length;
      return [
        {
          phrase,
          cue: carried.groups.cue.toLowerCase(),
          content: [start, sentence.replace(/[\s.]+$/, "").length],
        },
      ];
    }
  }
  const end = offset + rest.replace(/[\s.]+$/, "").length;
  if (end - offset < 8) return [];
  // "…that X, and warned that Y": a second claim by the same speaker.
  const second = SECOND_CLAIM.exec(sentence.slice(offset, end));
  if (second?.groups?.verb) {
    const split = offset + second.index;
    return [
      { phrase, cue: verb, content: [offset, split] },
      { phrase, cue: second.groups.verb.toLowerCase(), content: [split + second[0].length, end] },
    ];
  }
  return [{ phrase, cue: verb, content: [offset, end] }];
}

function trimAdverbials(phrase: string): string {
  const comma = phrase.indexOf(",");
  const head = comma === -1 ? phrase : phrase.slice(0, comma);
  const cut =
    /\s+(?:on|in|at|during|after|before|while|when|through|via|from|to|as|late|early|last|this|about|of)\s+|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/i.exec(
      head,
    );
  return cut ? head.slice(0, cut.index) : phrase;
}

/** A quote long enough to be something said, not a scare-quoted word or title. */
function isQuotation(text: string, quote: QuoteSpan): boolean {
  return text.slice(quote.start, quote.end).split(/\s+/).length >= 3;
}

/**
 * The paragraph with quoted words blanked, so only the reporter's words are read for cues. A
 * quote's closing stop is kept: it ends the sentence too.
 */
function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let masked = text;
  for (const quote of quotes) {
    const stop = /[.!?]$/.test(text.slice(quote.start, quote.end)) ? 1 : 0;
    const blank = "_".repeat(quote.end - quote.start - stop);
    masked = masked.slice(0, quote.start) + blank + masked.slice(quote.end - stop);
  }
  return masked;
}

function parseSpeakerPhrase(phrase: string): SpeakerPhrase | null {
  return parsePhrase(phrase.replaceAll(ABBREVIATION_DOT, "."));
}

/**
 * Swaps the periods of abbreviations and initials ("Mr.", "Rep.", "G.K.", "D-N.C.") for a middle dot,
 * so that only real stops end sentences and phrases. Offsets stay the same.
 */
function protectAbbreviations(masked: string): string {
  return masked.replace(ABBREVIATION, (found) => found.replaceAll(".", ABBREVIATION_DOT));
}

function sentenceEnd(masked: string, from: number): number {
  const match = /[.!?]["”’']?(?=\s|$)/.exec(masked.slice(from));
  return match ? from + match.index + 1 : masked.length;
}

function sentenceStart(masked: string, before: number): number {
  const head = masked.slice(0, before);
  const stop = Math.max(head.lastIndexOf(". "), head.lastIndexOf("? "), head.lastIndexOf("! "));
  return stop === -1 ? 0 : stop + 2;
}

function sentencesOf(masked: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of masked.matchAll(/[.!?]["”’]?(?=\s+(?:\p{Lu}|["“]|'')|$)/gu)) {
    const end = match.index + match[0].length;
    if (!isAbbreviationStop(masked.slice(start, end))) {
      sentences.push({ start, end });
      start = end;
      while (/\s/.test(masked[start] ?? "")) start++;
    }
  }
  if (start < masked.length) sentences.push({ start, end: masked.length });
  return sentences;
}

function isAbbreviationStop(sentence: string): boolean {
  return /(?:\b\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Sr|U\.S|U\.N|U\.K|Inc|Corp|Co|No)\.)$/u.test(
    sentence,
  );
}
