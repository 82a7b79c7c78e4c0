import type { FoundStatement } from "./extractStatements.js";
import { ABBREVIATION_DOT, parseMaskedPhrase, sentencesOf } from "./maskedText.js";
import { accordingToSource } from "./reportedSpeech.js";

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
  /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile),?\s+)?According to (?<source>[^,;:]{2,120}?),\s/u;
/**
 * The comma before a closing source: the reporter's, or the quote's own inside its closing mark
 * (`… "whatever the protests," according to …`, the quote's words masked as "_").
 */
const CLOSING_COMMA = String.raw`(?<lead>,|_["”’']+)\s+`;
/** "…, according to X." closing the sentence. */
const ACCORDING_CLOSING = new RegExp(
  String.raw`${CLOSING_COMMA}according to (?<source>[^,;:]{2,120}?)\s*[.!?]?\s*$`,
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

/** Where a statement's outer source is named, and where its words end when the source closes them. */
export interface OuterSource {
  readonly via: readonly [number, number];
  /** "Obi said the vote would go ahead, according to his campaign": the words end before the comma. */
  readonly end?: number;
}

/**
 * The outer source a statement's sentence credits as the channel of its words, as offsets into the
 * paragraph: "According to X, …", "…, according to X", "…, reports X", "told X" or "in an interview
 * with X" where X is an outlet. Only the sentence's words outside every other statement are read,
 * so a source inside what someone else said is never taken for the channel.
 */
export function outerSourceOf(
  masked: string,
  statement: FoundStatement,
  statements: readonly FoundStatement[],
): OuterSource | undefined {
  // The outlet's own statement ("reported", "according to") has no channel beyond itself.
  if (statement.cue === "according to" || statement.phrase.kind === "continuation") return;
  const first = statement.spans[0]?.[0];
  if (first === undefined) return;
  const sentence = sentencesOf(masked).find(({ start, end }) => first >= start && first < end);
  if (!sentence) return;
  // `"A," Obi said, reports the Star. "B."`: the words of this sentence end where the source's
  // clause may start; only the statement's very last words are ever cut short.
  const here = statement.spans.filter(([start]) => start < sentence.end);
  const last = here.at(-1) ?? [first, first];
  const cuttable = here.length === statement.spans.length;
  const inSentence = statements.filter(({ spans }) =>
    spans.some(([start, end]) => start < sentence.end && end > sentence.start),
  );
  // The sentence with the other statements' words blanked: what is left is attribution, narration
  // and this statement's words.
  let outside = masked.slice(0, sentence.end);
  for (const other of inSentence) {
    if (other === statement) continue;
    for (const [start, end] of other.spans) {
      outside = outside.slice(0, start) + "_".repeat(end - start) + outside.slice(end);
    }
  }
  const own = outside.slice(sentence.start);
  const at = (index: number, source: string) => [index, index + source.length] as const;
  const opening = ACCORDING_OPENING.exec(own);
  const openingSource = opening?.groups?.source;
  if (
    opening &&
    openingSource &&
    isChannel(openingSource) &&
    first >= sentence.start + opening[0].length
  )
    return { via: at(sentence.start + own.indexOf(openingSource), openingSource) };
  const closing = ACCORDING_CLOSING.exec(own);
  const closingSource = closing?.groups?.source;
  if (closing && closingSource && isChannel(closingSource)) {
    const clause = sentence.start + closing.index + leadIn(closing);
    const via = at(
      sentence.start + closing.index + closing[0].lastIndexOf(closingSource),
      closingSource,
    );
    if (last[1] <= clause) return { via };
    // Reported speech that runs to the sentence's end holds the clause: its words stop before it.
    if (last[0] < clause && cuttable) return { via, end: clause };
    return undefined;
  }
  const reports = REPORTS_CLOSING.exec(own);
  const reportsSource = reports?.groups?.source ?? reports?.groups?.source2;
  if (reports && reportsSource) {
    const clause = sentence.start + reports.index + leadIn(reports);
    const via = at(
      sentence.start + reports.index + reports[0].lastIndexOf(reportsSource),
      reportsSource,
    );
    if (last[1] <= clause) return { via };
    if (last[0] < clause && cuttable) return { via, end: clause };
    return undefined;
  }
  // Told or interviewed by: only when the sentence quotes one speaker, whose attribution it is.
  const speakers = new Set(inSentence.map(({ phrase }) => JSON.stringify(phrase)));
  const told = TOLD_OUTLET.exec(own);
  const toldSource = told?.groups?.source?.replace(/['’]s$/u, "");
  if (
    told &&
    toldSource &&
    speakers.size === 1 &&
    !statement.spans.some(
      ([start, end]) => start <= sentence.start + told.index && sentence.start + told.index < end,
    ) &&
    OUTLET_WORD.test(toldSource.replaceAll(ABBREVIATION_DOT, "."))
  )
    return { via: at(sentence.start + told.index + told[0].lastIndexOf(toldSource), toldSource) };
  return undefined;
}

/** Where a closing clause starts: at the reporter's comma, or after the quote's closing mark. */
function leadIn(match: RegExpExecArray): number {
  const lead = match.groups?.lead ?? ",";
  return lead === "," ? 0 : lead.length;
}

/**
 * Whether "according to X" names a channel: a name ("the Fenwick Star", "Ken Obi"), or a report,
 * statement, interview or the like ("White House pool reports"); never a pronoun.
 */
function isChannel(source: string): boolean {
  const phrase = accordingToSource(source) ?? parseMaskedPhrase(source);
  if (phrase?.kind === "pronoun") return false;
  if (!phrase || phrase.kind === "nominal") return CHANNEL_NOUN.test(source);
  return /\p{Lu}/u.test(source) || CHANNEL_NOUN.test(source);
}
