import nlp from "compromise";
import { MONTHS, WEEKDAYS } from "../text/calendar.js";

/**
 * A part of a sentence a summary may leave out, marked by an ellipsis: an aside that adds
 * circumstance, never the claim, its speaker, its source or a negation.
 */
export interface Aside {
  /** Where it is in the sentence (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** How many words leaving it out saves. */
  readonly words: number;
}

/**
 * A verb of saying, with the listener it may take ("told reporters", "told the BBC", "told the
 * committee").
 */
const SAYING = String.raw`\b(?:said|says|told(?:\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|\s+(?:the\s+|a\s+|an\s+)?\p{Ll}+)?|added|announced|wrote|warned|argued|insisted|testified)`;
/**
 * The circumstances of a statement between its verb and "that": "said in a phone call with his
 * Ukrainian counterpart on Friday that", "told reporters at a briefing late Tuesday that". Not the
 * channel it came through ("said through his lawyer that": the lawyer spoke), and not a "that"
 * that opens a relative clause ("said in a report that was published …").
 */
const STATEMENT_CIRCUMSTANCE = new RegExp(
  String.raw`${SAYING}\s+((?:(?:in|on|at|during|after|before|while|from|over|outside|inside|near|following|late|early|earlier|later|shortly|last|this)\b|(?:${WEEKDAYS})\b)[^,;:"“”‘’()—–]{0,120}?)\s+that\s+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|did|does|do)\b)`,
  "gu",
);
/** A non-restrictive relative clause on a thing: "The Cedar Gulch fire, which started …, had". */
const WHICH_CLAUSE = /,\s+(which\s[^,;:"“”‘’()—–]{3,160}?),\s+(?=\p{Ll})/gu;
/**
 * A bracketed conversion of a figure: "(5,900 hectares)", "(88 degrees Fahrenheit)", "(3 km)";
 * not a second figure with its own meaning ("(1 percent after inflation)").
 */
const BRACKETED = /\s(\([$£€]?\d[\d.,]*\s+\p{L}+(?:\s+\p{L}+)?\))(?=\s)/gu;
/**
 * Words whose leaving out would change what the sentence says, or hide who its source is or when
 * and how they said it: a negation or contrast, anonymity, a document, channel or co-author ("in
 * documents seen by Reuters", "through a spokesman", "in a joint statement", "released by the
 * Kremlin"), a year, a month or "at the time", pressure ("under oath", "after hours of
 * interrogation"), irony ("in a satirical post"), and a clause that qualifies what it is on ("which
 * turned out to be fake", "which was later revised", "which is owned by the minister's brother").
 */
const CHANGES_MEANING = new RegExp(
  String.raw`\b(?:not|no|never|nor|neither|without|denied|denies|but|only|except|excluding|inflation|real|anonymity|anonymous|unnamed|seen|obtained|reviewed|according|through|via|by|behalf|joint|jointly|time|oath|duress|interrogation|custody|torture|satirical|parody|joke|jest|leaked|secretly|privately|later|turned|fake|false|revised|alleged|allegedly|accused|owned|controlled|linked|disputed|contested|wrong|incorrect|retracted|withdrawn|spokes(?:man|woman|person|people|men|women)|lawyers?|attorneys?|representatives?|(?:19|20)\d\d|${MONTHS})\b|n['’]t\b`,
  "iu",
);
/** Shorter asides are not worth an ellipsis ("said Monday that" stays whole). */
const MIN_ASIDE_WORDS = 3;
const MIN_BRACKETED_WORDS = 2;

/**
 * The asides of a sentence that a summary may leave out, outside any quotation, in order and never
 * one inside another. `quoted(offset)` tells whether an offset of the sentence lies inside a
 * quotation.
 *
 * @example findAsides("Iran's minister said in a phone call on Friday that the claims are baseless.", () => false)
 * // → the span of "in a phone call on Friday" (6 words)
 */
export function findAsides(sentence: string, quoted: (offset: number) => boolean): Aside[] {
  const found: Aside[] = [];
  for (const pattern of [STATEMENT_CIRCUMSTANCE, WHICH_CLAUSE, BRACKETED]) {
    for (const match of sentence.matchAll(pattern)) {
      const text = match[1];
      if (text === undefined || match.index === undefined) continue;
      const start = match.index + match[0].indexOf(text);
      const end = start + text.length;
      const words = text.split(/\s+/).length;
      if (words < (pattern === BRACKETED ? MIN_BRACKETED_WORDS : MIN_ASIDE_WORDS)) continue;
      if (CHANGES_MEANING.test(text)) continue;
      // "said in a report that was published on Friday that …", "said in a report that the agency
      // commissioned that profits fell": which "that" opens the statement is unclear.
      if (
        pattern === STATEMENT_CIRCUMSTANCE &&
        (/\bthat\b/iu.test(text) ||
          /^[^,;:.!?]*\bthat\b/iu.test(sentence.slice(match.index + match[0].length)))
      )
        continue;
      if (quoted(start) || quoted(end - 1)) continue;
      if (pattern === WHICH_CLAUSE && !opensOnAVerb(text)) continue;
      found.push({ start, end, words });
    }
  }
  const asides: Aside[] = [];
  for (const aside of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = asides.at(-1);
    if (!last || aside.start >= last.end) asides.push(aside);
  }
  return asides;
}

/**
 * "which started …" is about the thing; "which the rebels put at 300" and "which researchers have
 * named Corvisaurus" have a subject of their own, who may be the source of a figure or the name
 * the reader needs. (A verb the tagger takes for a plural noun, "which employs about 260 people",
 * is told by what follows it: no verb.)
 */
function opensOnAVerb(clause: string): boolean {
  const terms = (nlp(clause).terms().json() as { terms: { tags: string[] }[] }[]).map(
    (term) => term.terms[0]?.tags ?? [],
  );
  const [, second = [], third = []] = terms;
  if (second.includes("Verb")) return true;
  const subject = ["Determiner", "Pronoun", "Possessive", "ProperNoun"];
  if (second.some((tag) => subject.includes(tag))) return false;
  return second.includes("Noun") && !third.includes("Verb");
}

/** The sentence with the asides left out, each marked "…" (a relative clause takes its commas). */
export function withoutAsides(sentence: string, asides: readonly Aside[]): string {
  let text = "";
  let from = 0;
  for (const aside of asides) {
    let before = sentence.slice(from, aside.start);
    let resume = aside.end;
    if (/,\s*$/.test(before) && sentence[resume] === ",") {
      before = before.replace(/,\s*$/, " ");
      resume++;
    }
    text += `${before.trimEnd()} …`;
    from = resume;
  }
  return text + sentence.slice(from);
}
