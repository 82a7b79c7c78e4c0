/**
 * A part of a sentence a summary may leave out, marked by an ellipsis: an aside that adds
 * circumstance, never the claim, its speaker or a negation.
 */
export interface Aside {
  /** Where it is in the sentence (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** How many words leaving it out saves. */
  readonly words: number;
}

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** A verb of saying, with the listener it may take ("told reporters", "told the BBC"). */
const SAYING = String.raw`\b(?:said|says|told(?:\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|\s+\p{Ll}+)?|added|announced|wrote|warned|argued|insisted|testified)`;
/**
 * The circumstances of a statement between its verb and "that": "said in a phone call with his
 * Ukrainian counterpart on Friday that", "told reporters at a briefing late Tuesday that".
 */
const STATEMENT_CIRCUMSTANCE = new RegExp(
  String.raw`${SAYING}\s+((?:(?:in|on|at|during|after|before|while|from|via|through|over|outside|inside|near|following|late|early|earlier|later|shortly|last|this)\b|${WEEKDAY}\b)[^,;:"“”‘’()—–]{0,120}?)\s+that\b`,
  "gu",
);
/** A non-restrictive relative clause on a thing: "The Cedar Gulch fire, which started …, had". */
const WHICH_CLAUSE = /,\s+(which\s[^,;:"“”‘’()—–]{3,160}?),\s+(?=\p{Ll})/gu;
/** A bracketed gloss of two words or more: "(5,900 hectares)", "(88 degrees Fahrenheit)". */
const BRACKETED = /\s(\((?=[^()"“”]*\s)[^()"“”]+\))(?=\s)/gu;
/** Words whose leaving out would change what the sentence says, or hide who its source is. */
const CHANGES_MEANING =
  /\b(?:not|no|never|nor|neither|without|denied|denies|but|only|except|anonymity|anonymous|unnamed)\b|n['’]t\b/iu;
/** Shorter asides are not worth an ellipsis ("said Monday that" stays whole). */
const MIN_ASIDE_WORDS = 3;
const MIN_BRACKETED_WORDS = 2;

/**
 * The asides of a sentence that a summary may leave out, outside any quotation, in order.
 * `quoted(offset)` tells whether an offset of the sentence lies inside a quotation.
 *
 * @example findAsides("Iran's minister said in a phone call on Friday that the claims are baseless.", () => false)
 * // → the span of "in a phone call on Friday" (6 words)
 */
export function findAsides(sentence: string, quoted: (offset: number) => boolean): Aside[] {
  const asides: Aside[] = [];
  for (const pattern of [STATEMENT_CIRCUMSTANCE, WHICH_CLAUSE, BRACKETED]) {
    for (const match of sentence.matchAll(pattern)) {
      const text = match[1];
      if (text === undefined || match.index === undefined) continue;
      const start = match.index + match[0].indexOf(text);
      const end = start + text.length;
      const words = text.split(/\s+/).length;
      if (words < (pattern === BRACKETED ? MIN_BRACKETED_WORDS : MIN_ASIDE_WORDS)) continue;
      if (CHANGES_MEANING.test(text)) continue;
      if (quoted(start) || quoted(end - 1)) continue;
      asides.push({ start, end, words });
    }
  }
  return asides.sort((a, b) => a.start - b.start);
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
