import nlp from "compromise";
import { STOP_WORDS } from "../search/stopWords.js";
import { type CommunicationVerb, communicationVerb } from "./communicationVerbs.js";
import { endsSentence, parseMaskedPhrase, sentenceEnd, sentenceStart } from "./maskedText.js";
import type { QuoteSpan } from "./quoteSpans.js";
import { sentenceSubject } from "./reportedSpeech.js";
import type { SpeakerPhrase } from "./speakerPhrase.js";

/** Quoted words attributed by the verb of communication in their sentence. */
interface CueAttribution {
  readonly phrase: SpeakerPhrase | { readonly kind: "continuation" };
  readonly cue: string;
  /** Where what was said starts: after the cue ("…calling it") or at the sentence's start. */
  readonly contentStart: number;
  /** Whether the cue comes before the quote ("…calling it "…"") rather than after it. */
  readonly cueFirst: boolean;
  readonly rule: "verb in the sentence" | "name as label";
}

/** Auxiliaries and adverbs between a subject and its verb: "Ruiz is promising", "Obi then interjected". */
const BEFORE_VERB =
  /(?:\s+(?:is|was|are|were|has|have|had|been|be|will|would|also|then|again|later|once|repeatedly|reportedly|publicly|privately|previously|recently|often|never|\p{Ll}+ly))+\s*$/u;
/**
 * Capitalised words that end a text, with no comma before what follows: "…, with Dana Ruiz",
 * "…of Dana Ruiz quietly" (an adverb between the name and its -ing form).
 */
const NAME_AT_END =
  /(?:^|\s)(?<name>\p{Lu}[\p{L}'’·.-]*(?:\s+\p{Lu}[\p{L}'’·.-]*){0,3})\s+(?:\p{Ll}+ly\s+)?$/u;
/** "Obi signed the order, while Dana Ruiz proposed …": what comes before the verb's own clause. */
const BEFORE_OWN_CLAUSE =
  /^.*[,;]\s+(?:while|whereas|but|and|as|because|although|though|when)\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their)\s)/su;
const SPEAKER_LABEL = /^\s*(?<label>\p{Lu}[^:_;]{0,60}?)\s*:\s*$/u;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * For a quote that no attribution pattern claimed: the speaker is the subject of the nearest verb
 * of communication (WordNet's `verb.communication`) outside quote marks in the quote's sentence,
 * read before the verb ("Obi then interjected, calling it …"), or after it when the verb follows
 * the quote with nothing before it (`"…" said Natarajan`). An -ing form ("…, calling it") takes the
 * sentence's subject. Null when the sentence has no such verb or no readable subject.
 */
export function cueAttribution(
  masked: string,
  quote: QuoteSpan,
  commonWords: ReadonlySet<string>,
  /** Whether a statement of the paragraph ends between two offsets. */
  statementBetween: (from: number, to: number) => boolean,
): CueAttribution | null {
  const start = sentenceStart(masked, quote.open);
  const end = endsSentence(masked, quote) ? quote.close : sentenceEnd(masked, quote.close);
  const cues = cuesIn(masked, start, end);
  const before = cues.filter((c) => c.at < quote.open).at(-1);
  const after = cues.find((c) => c.at >= quote.close);
  // "Councilman Ken Obi (D-Harbor): "…"", "Ruiz: "…"": a name as a label, as transcripts print them.
  const label = SPEAKER_LABEL.exec(masked.slice(start, quote.open))?.groups?.label;
  const labelled = label ? parseMaskedPhrase(label) : null;
  if (labelled?.kind === "person" && namesSomeone(labelled, commonWords))
    return {
      phrase: labelled,
      cue: "said",
      contentStart: quote.open,
      cueFirst: false,
      rule: "name as label",
    };
  for (const cue of [before, after]) {
    if (!cue) continue;
    // `"Not this year," Ruiz replied, adding that she was "looking…"`: the one who spoke.
    // "… and Obi calling it": an -ing form with a name of its own is no continuation.
    const participle = isParticiple(masked, start, cue);
    const own = participle ? ownName(masked, start, cue, commonWords) : null;
    const rule = "verb in the sentence" as const;
    const reading = { cue: cue.word.toLowerCase(), cueFirst: cue === before, rule };
    const afterCue = () => contentAfterCue(masked, cue.at + cue.word.length, quote.open);
    if (participle && !own && statementBetween(start, cue.at))
      return { ...reading, phrase: { kind: "continuation" }, contentStart: afterCue() };
    const phrase = subjectOf(masked, start, cue, own, () =>
      cue === after ? subjectAfter(masked, cue.at + cue.word.length, end) : null,
    );
    if (!phrase || !namesSomeone(phrase, commonWords)) continue;
    return { ...reading, phrase, contentStart: reading.cueFirst ? afterCue() : start };
  }
  return null;
}

/** A verb of communication in a text, and where it is. */
interface Cue {
  readonly at: number;
  readonly word: string;
  readonly verb: CommunicationVerb;
}

/** The verbs of communication between two offsets of a masked text, in order. */
function cuesIn(masked: string, start: number, end: number): Cue[] {
  const words = [...masked.slice(start, end).matchAll(WORD)];
  const titleCase = words.filter((m) => /^\p{Lu}/u.test(m[0])).length > 0.7 * words.length;
  return words.flatMap((m) => {
    // "the United States": a capitalised word is a name's, not a verb, unless most words are
    // (over 70%: "Ruiz Explained Why She Left").
    if (!titleCase && /^\p{Lu}/u.test(m[0])) return [];
    const verb = communicationVerb(m[0]);
    return verb ? [{ at: start + m.index, word: m[0], verb }] : [];
  });
}

/**
 * Where another speaker's clause starts between two offsets ("… he was "very encouraged" and Obi
 * calling it "…""): at the comma or conjunction before the next verb of communication, or null.
 */
export function nextSpeakerClause(masked: string, from: number, to: number): number | null {
  const cue = cuesIn(masked, from, to)[0];
  if (!cue) return null;
  const before = masked.slice(from, cue.at);
  const last = [...before.matchAll(/[,;]|\s(?:and|but|while|as)\s/g)].at(-1);
  return last ? from + last.index : null;
}

/** The words of a cue's clause before it: after the last quote, semicolon or colon. */
function clauseHead(masked: string, sentence: number, cue: Cue): string {
  const head = masked.slice(sentence, cue.at);
  const cut = Math.max(head.lastIndexOf("_"), head.lastIndexOf(";"), head.lastIndexOf(":"));
  return head.slice(cut + 1);
}

/**
 * An -ing form that is no verb of its own ("…, calling it", "…, having called it"; not "Ruiz is
 * promising").
 */
function isParticiple(masked: string, sentence: number, cue: Cue): boolean {
  const head = clauseHead(masked, sentence, cue);
  return (cue.verb.participle && !BEFORE_VERB.test(head)) || /,\s+having\s+$/.test(head);
}

/**
 * Who speaks by a cue: for a participle, the name right before it (`own`, already read: "…, with
 * Dana Ruiz tweeting that …") or else the sentence's subject; else the subject before the cue,
 * or, with nothing before it in its clause, what `after` reads after it.
 */
function subjectOf(
  masked: string,
  sentence: number,
  cue: Cue,
  own: SpeakerPhrase | null,
  after: () => SpeakerPhrase | null,
): SpeakerPhrase | null {
  if (isParticiple(masked, sentence, cue))
    return own ?? sentenceSubject(masked.slice(sentence, cue.at));
  const head = clauseHead(masked, sentence, cue);
  return subjectBefore(head) ?? (head.trim() === "" ? after() : null);
}

function subjectBefore(head: string): SpeakerPhrase | null {
  const clause = head
    .replace(BEFORE_VERB, "")
    .replace(BEFORE_OWN_CLAUSE, "")
    .replace(/^[\s"“”'’,.—–-]+/, "");
  if (clause.trim() === "") return null;
  const phrase = parseMaskedPhrase(clause) ?? sentenceSubject(clause);
  // "According to the notice, a Pulsewell engineer wrote": a description is its last part.
  // "In his speech, a tribute to Ken Obi, Ruiz decried": the name right before the verb.
  const lastPart = clause.split(",").at(-1) ?? "";
  if (lastPart === clause || lastPart.trim() === "") return phrase;
  if (phrase?.kind !== "nominal" && phrase?.kind !== "person") return phrase;
  const last = parseMaskedPhrase(lastPart);
  return phrase.kind === "nominal" || last?.kind === "person" ? last : phrase;
}

/**
 * The person or organisation named right before an -ing cue, with no comma between ("with Dana
 * Ruiz saying"), when it names someone.
 */
function ownName(
  masked: string,
  sentence: number,
  cue: Cue,
  commonWords: ReadonlySet<string>,
): SpeakerPhrase | null {
  const name = NAME_AT_END.exec(masked.slice(sentence, cue.at))?.groups?.name;
  const phrase = name ? parseMaskedPhrase(name) : null;
  const named = phrase?.kind === "person" || phrase?.kind === "organisation";
  return named && namesSomeone(phrase, commonWords) ? phrase : null;
}

/** `"…" said Natarajan, a librarian`: the speaker after the verb, up to the sentence's end. */
function subjectAfter(masked: string, from: number, end: number): SpeakerPhrase | null {
  const tail = masked.slice(from, end).replace(/[.!?]["”’']?\s*$/, "");
  if (!/^\s+\p{Lu}/u.test(tail)) return null;
  return parseMaskedPhrase(tail);
}

/**
 * What was said starts after the cue, its listener and a "that" ("told reporters that …"), or at
 * the quote itself when only a listener and a comma or colon come between ("told reporters: "…"").
 */
function contentAfterCue(masked: string, from: number, quoteOpen: number): number {
  if (/^[^_.;:]{0,40}[,:]\s*$/.test(masked.slice(from, quoteOpen))) return quoteOpen;
  const that = /^[^_]{0,60}?\bthat\s/.exec(masked.slice(from));
  const skipped = that ? that[0].length : (/^[\s,:]*/.exec(masked.slice(from))?.[0].length ?? 0);
  return from + skipped;
}

/**
 * Whether a phrase can be a speaker: a pronoun, a description, or a name with a word the story
 * never prints in lower case ("Asked", "Indeed" and "The" open sentences; they are nobody).
 */
export function namesSomeone(phrase: SpeakerPhrase, commonWords: ReadonlySet<string>): boolean {
  if (phrase.kind === "pronoun" || phrase.kind === "nominal") return true;
  return phrase.name.split(/[\s-]+/).some((word) => {
    const lower = word.toLowerCase().replace(/(?:['’]s?)?[.,]*$/, "");
    return (
      /^\p{Lu}/u.test(word) &&
      !commonWords.has(lower) &&
      !STOP_WORDS.has(lower) &&
      !isFunctionWord(lower)
    );
  });
}

/** "Indeed", "However": adverbs, conjunctions and the like, which open sentences and name no one. */
function isFunctionWord(word: string): boolean {
  const tags = nlp(word).json()[0]?.terms?.[0]?.tags ?? [];
  return tags.some((tag: string) => FUNCTION_TAGS.has(tag));
}
const FUNCTION_TAGS = new Set(
  `Adverb Conjunction Preposition Determiner Expression Pronoun`.split(/\s+/),
);

/** Every word a story prints in lower case: a capitalised one of them opens a sentence, it is no name. */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const [word] of text.matchAll(/(?<![\p{L}'’])\p{Ll}+/gu)) words.add(word);
  return words;
}

/**
 * A paragraph that ends by handing over to the next one's quote ("Obi continued:", "Said
 * Ruiz:"): the person who speaks there, read by the last verb of communication of its last
 * sentence as for a quote in the sentence. Null when the paragraph does not end on a colon.
 */
export function handOver(
  masked: string,
  commonWords: ReadonlySet<string>,
): { phrase: SpeakerPhrase; cue: string } | null {
  const text = masked.trimEnd();
  if (!text.endsWith(":")) return null;
  const start = sentenceStart(text, text.length);
  const cue = cuesIn(text, start, text.length).at(-1);
  if (!cue) return null;
  const own = isParticiple(text, start, cue) ? ownName(text, start, cue, commonWords) : null;
  const phrase = subjectOf(text, start, cue, own, () =>
    parseMaskedPhrase(text.slice(cue.at + cue.word.length, -1)),
  );
  // A person hands over ("Obi continued:"); "And it gets stranger:" is the reporter's aside.
  return (phrase?.kind === "person" || phrase?.kind === "pronoun") &&
    namesSomeone(phrase, commonWords)
    ? { phrase, cue: cue.word.toLowerCase() }
    : null;
}
