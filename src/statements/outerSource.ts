import { MONTHS, WEEKDAYS } from "../text/calendar.js";
import type { FoundStatement } from "./extractStatements.js";
import { ABBREVIATION_DOT, parseMaskedPhrase } from "./maskedText.js";
import { accordingToSource } from "./reportedSpeech.js";
import { SPEECH_VERB_FORMS } from "./speechVerbs.js";

// News nests attributions: the words are Obi's, but the sentence credits an outer source as the
// channel they came through ("According to pool reports, Obi said …", `"…," Obi told the Fenwick
// Star`, "…, Ruiz said in an interview with the Fenwick Star", "…, reports the Fenwick Star").
// Each statement keeps the outer source its own sentence prints, beside its speaker; none is ever
// inferred from elsewhere.

/**
 * Nouns that name a channel of someone's words ("according to a statement from his campaign",
 * "according to pool reports"); "according to the regulator's own findings" sources a detail of
 * what was said, not the saying, and is left out.
 */
const CHANNEL_NOUN =
  /\b(?:reports?|reporting|statements?|interviews?|transcripts?|releases?|recordings?|videos?|tweets?|posts?|letters?|memos?|e-?mails?|polls?|surveys?|complaints?|filings?|books?|campaigns?|spokes(?:man|woman|person)|accounts?|aides?|sources?)\b/i;

/**
 * Words of a news outlet's name: only an outlet is a channel when someone "told" it or spoke "in an
 * interview with" it; "told the council" or "told Ruiz" names a listener.
 */
const OUTLET_WORD =
  /\b(?:News|Times|Post|Journal|Press|Star|Herald|Tribune|Gazette|Daily|Magazine|Radio|Television|TV|Network|Channel|Wire|Reuters|CNN|NBC|ABC|CBS|MSNBC|NPR|PBS|BBC|Politico|Bloomberg|Axios|Today|Observer|Guardian|Telegraph|Examiner|Chronicle|Record|Sun|Mail|Express|Inquirer|Register|Bulletin|Courier|Review|Monitor|Dispatch|Globe|Independent|Associated|Agence|Fox|Bureau)\b/;

/** An outlet's name as printed: capitalised words, "of", "the", "&" and possessives between. */
const OUTLET_NAME = String.raw`(?:the\s+|The\s+)?\p{Lu}[\p{L}'’&·-]*(?:\s+(?:of\s+|the\s+|&\s+)?\p{Lu}[\p{L}'’&·-]*){0,5}`;

/** "According to X, …" opening the sentence: X speaks through what follows. */
const ACCORDING_OPENING =
  /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?According to (?<source>[^,;:"“”_]{2,120}?),\s/u;
/**
 * The comma before a closing source: the reporter's, or the quote's own inside its closing mark
 * (`… "whatever the protests," according to …`, the quote's words masked as "_").
 */
const CLOSING_COMMA = String.raw`(?<lead>,|_["”’']+)\s+`;
/**
 * "In an interview with the Fenwick Star, Obi said …", "In a Fenwick Star poll released Monday,
 * voters said …": an opening phrase naming someone else's medium for the words (an interview,
 * poll, survey, report, article or book; a statement or letter is the speaker's own).
 */
const MEDIUM_OPENING =
  /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?In\s+(?<source>(?:an?|the|one|his|her|its|their)\s+[^,;:]{0,80}?\b(?:interview|poll|survey|report|article|book|documentary|podcast)\b[^,;:]{0,80}?),\s/u;
/** Words capitalised for what they are, not as a name: a day or month names no medium. */
const DATE_WORD = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`, "u");

/** "…, according to X." closing the sentence. */
const ACCORDING_CLOSING = new RegExp(
  String.raw`${CLOSING_COMMA}according to (?<source>(?:[^,;:.!?"“”_]|[.·](?!\s)){2,120}?)\s*(?:[.!?](?=\s*["“_])|[.!?]?\s*$)`,
  "iu",
);
/** "…, reports the Fenwick Star." / "…, the Fenwick Star reported." closing the sentence. */
const REPORTS_CLOSING = new RegExp(
  String.raw`${CLOSING_COMMA}(?:(?:reports|reported)\s+(?<source>${OUTLET_NAME})|(?<source2>${OUTLET_NAME})\s+(?:reports|reported))\s*[.!?]?\s*$`,
  "u",
);
/**
 * `told the Fenwick Star`, `in an interview with Fenwick Radio`, `speaking to the Star`, `a letter
 * … obtained by the Star`.
 */
const TOLD_OUTLET = new RegExp(
  String.raw`\b(?:told|(?:seen|reviewed|obtained|viewed)\s+by|in\s+an?\s+(?:\p{Ll}+\s+)?interview\s+(?:with|on)|(?:speaking|talking)\s+(?:to|with)|(?:wrote|writing)\s+in)\s+(?<source>${OUTLET_NAME})`,
  "u",
);

/** Sources that open the sentence, each with what its words must be: tried in turn. */
const OPENINGS: readonly (readonly [RegExp, (source: string) => boolean])[] = [
  [ACCORDING_OPENING, isChannel],
  [MEDIUM_OPENING, namesSomeone],
];
/** Sources that close it: "…, according to X", "…, reports X". */
const CLOSINGS: readonly (readonly [RegExp, (source: string) => boolean])[] = [
  [ACCORDING_CLOSING, isChannel],
  [REPORTS_CLOSING, () => true],
];

/** Where a statement's outer source is named, and where its words end when the source closes them. */
export interface OuterSource {
  readonly via: readonly [number, number];
  /** "Obi said the vote would go ahead, according to his campaign": the words end before the comma. */
  readonly end?: number;
}

/**
 * The outer source a statement's sentence credits as the channel of its words, as offsets into the
 * paragraph: "According to X, …", "In an interview with X, …", "…, according to X", "…, reports
 * X", "told X" or "in an interview with X" where X is an outlet. Only the sentence's words outside
 * every other statement are read, so a source inside what someone else said is never taken for
 * the channel.
 */
export function outerSourceOf(
  masked: string,
  /** The paragraph's sentences (`sentencesOf(masked)`), read once for all its statements. */
  sentences: readonly { readonly start: number; readonly end: number }[],
  statement: FoundStatement,
  statements: readonly FoundStatement[],
): OuterSource | undefined {
  // The outlet's own statement ("reported", "according to") has no channel beyond itself.
  if (statement.cue === "according to" || statement.phrase.kind === "continuation") return;
  const first = statement.spans[0]?.[0];
  if (first === undefined) return;
  const sentence = sentences.find(({ start, end }) => first >= start && first < end);
  if (!sentence) return;
  const inSentence = statements.filter(({ spans }) =>
    spans.some(([start, end]) => start < sentence.end && end > sentence.start),
  );
  // The sentence with the other statements' words blanked: what is left is attribution, narration
  // and this statement's words.
  let outside = masked.slice(0, sentence.end);
  for (const other of inSentence) {
    if (other === statement) continue;
    for (const [start, end] of other.spans) {
      // The outlet's own statement wraps this one and its attribution, which stay to be read.
      if (start <= first && first < end) continue;
      outside = outside.slice(0, start) + "_".repeat(end - start) + outside.slice(end);
    }
  }
  const own = outside.slice(sentence.start);
  const at = (index: number, source: string) => [index, index + source.length] as const;
  for (const [pattern, accepts] of OPENINGS) {
    const found = pattern.exec(own);
    const source = found?.groups?.source;
    if (found && source && accepts(source) && first >= sentence.start + found[0].length)
      return { via: at(sentence.start + own.indexOf(source), source) };
  }
  // The first closing form that names a source decides, whether or not it is this statement's.
  for (const [pattern, accepts] of CLOSINGS) {
    const found = pattern.exec(own);
    const source = found?.groups?.source ?? found?.groups?.source2;
    if (found && source && accepts(source)) {
      const via = at(sentence.start + found.index + found[0].lastIndexOf(source), source);
      // The clause starts at the reporter's comma, or after the quote's closing mark.
      const lead = found.groups?.lead ?? ",";
      const clause = found.index + (lead === "," ? 0 : lead.length);
      return sourceAtEnd(statement, own.slice(0, clause), sentence.start, via);
    }
  }
  // Told or interviewed by: only when the sentence quotes one speaker, whose attribution it is.
  const speakers = new Set(inSentence.map(({ phrase }) => JSON.stringify(phrase)));
  const told = TOLD_OUTLET.exec(own);
  const toldSource = told?.groups?.source?.replace(/['’]s$/u, "");
  const toldAt = sentence.start + (told?.index ?? 0);
  if (
    told &&
    toldSource &&
    speakers.size === 1 &&
    !statement.spans.some(([start, end]) => start <= toldAt && toldAt < end) &&
    OUTLET_WORD.test(toldSource.replaceAll(ABBREVIATION_DOT, "."))
  )
    return { via: at(toldAt + told[0].lastIndexOf(toldSource), toldSource) };
  return undefined;
}

/**
 * A source that closes the sentence, for a statement before it: its words and their attribution
 * must come right before (`"A," Obi said, according to the Star`); reported speech that runs on to
 * the source stops before it. `"A," Obi said, reports the Star. "B."`: words after the source are
 * the quote going on, and stay.
 */
function sourceAtEnd(
  statement: FoundStatement,
  /** The sentence up to where the source's clause starts. */
  head: string,
  sentenceStart: number,
  via: readonly [number, number],
): OuterSource | undefined {
  const clause = sentenceStart + head.length;
  const before = statement.spans.filter(([start]) => start < clause);
  const last = before.at(-1);
  if (!last) return undefined;
  if (last[1] <= clause)
    return attributedBetween(head.slice(last[1] - sentenceStart)) ? { via } : undefined;
  // "Ruiz praised the plan, and won 70 percent of the vote, according to exit polls": the source
  // is for the clause joined on last, not for what was said.
  if (COORDINATED.test(head.slice(last[0] - sentenceStart))) return undefined;
  return before.length === statement.spans.length ? { via, end: clause } : undefined;
}

/**
 * Whether the words between a statement and a closing source are its own attribution (`," Obi
 * said of the families`: a speech verb, a few words after it) or nothing; narration between
 * (`After Obi asked about it, the crew walked out, according to a source`) is what the source is
 * for.
 */
function attributedBetween(gap: string): boolean {
  const words = [...gap.matchAll(/\p{L}+/gu)];
  if (words.length === 0) return true;
  const verb = words.findLast(([word]) => SPEECH_VERB_FORMS.has(word));
  if (verb === undefined) return false;
  // "…, Fenwick Radio reported, while in Saltmere the boats sounded their horns, the Star reported":
  // statement's own verb, another clause, which the closing source is for.
  const after = gap.slice(verb.index + verb[0].length);
  return !COORDINATED.test(after) && (after.match(/\p{L}+/gu) ?? []).length <= MAX_AFTER_VERB;
}

/** A clause joined on: ", and won …", ", while in Chicago …". */
const COORDINATED = /[,;]\s*(?:and|but|while|whereas|as|though|although|yet)\b/iu;
/** Words an attribution may run on after its verb ("said in a bill filed in the House of …"). */
const MAX_AFTER_VERB = 12;

/** Whether a medium is named by whose it is: a capitalised word that is no day or month. */
function namesSomeone(source: string): boolean {
  return [...source.matchAll(/\p{Lu}[\p{L}/&'’·-]*/gu)].some(([word]) => !DATE_WORD.test(word));
}

/**
 * Whether "according to X" names a channel: a name ("the Fenwick Star", "Ken Obi"), or a report,
 * statement, interview or the like ("the harbor pool reports"); never a pronoun.
 */
function isChannel(source: string): boolean {
  // "According to her notes, she warned …": the speaker's own account is no outer source.
  if (/^(?:his|her|their|its|my|our)\s/i.test(source)) return false;
  const phrase = accordingToSource(source) ?? parseMaskedPhrase(source);
  if (phrase?.kind === "pronoun") return false;
  if (!phrase || phrase.kind === "nominal") return CHANNEL_NOUN.test(source);
  return /\p{Lu}/u.test(source) || CHANNEL_NOUN.test(source);
}
