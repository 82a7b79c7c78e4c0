import nlp from "compromise";
import type { Token } from "../search/analyzer.js";

// Words that turn what follows into its opposite ("does not fix", "can't", "denied that", "too
// small to affect") or leave it unsaid ("did not say whether he had convictions"), and words that
// deny what comes before them ("the accusations … are baseless").
const NEGATES_AFTER =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|deny|denies|denied|denying|reject|rejects|rejected|rejecting|whether|unlikely|unable|fail|fails|failed|refuse|refuses|refused|decline|declines|declined)\b|n['’]t\b|(?<=\btoo\s+\p{L}+\s+)to\b/giu;
const DENIES_BEFORE = /\b(?:baseless|groundless|untrue|false|unfounded)\b/gi;
/**
 * Content words a negation reaches: four after ("not fix the gap"), or, when nothing follows it in
 * its clause, the one before ("Houses can be rebuilt. People can't."). "The salmon were not an
 * afterthought" does not negate the salmon.
 */
const REACH_BEFORE = 1;
const REACH_AFTER = 4;
/** Content words a denial reaches back over: "drones being acquired by Russia … are baseless". */
const DENIAL_REACH = 6;

/** One word that is a negation or a denial (the global patterns above find them in a text). */
const IS_CUE = new RegExp(`${NEGATES_AFTER.source}|${DENIES_BEFORE.source}`, "iu");
const CLAUSE_BREAK = /[.,;:!?—–…]/;

type Polarity = "negated" | "affirmed" | "mixed";

/**
 * Whether the two texts say opposite things about words they share: a word only ever negated or
 * denied in one ("does not fix the structural gap") and never in the other ("the budget fixes the
 * structural gap"). Words both negated and not in one text say nothing either way.
 */
export function contradicts(a: string, b: string, analyze: (text: string) => Token[]): boolean {
  const first = polarities(a, analyze);
  const second = polarities(b, analyze);
  for (const [term, polarity] of first) {
    const other = second.get(term);
    if (polarity !== "mixed" && other !== undefined && other !== "mixed" && other !== polarity)
      return true;
  }
  return false;
}

/** Each content term of a text: negated wherever it occurs, never, or both. */
function polarities(text: string, analyze: (text: string) => Token[]): Map<string, Polarity> {
  const isCue = (token: Token) => IS_CUE.test(text.slice(token.start, token.end));
  const tokens = analyze(text).filter((token) => !isCue(token));
  const negated = new Set<Token>();
  const firstAfter = (offset: number) => {
    const index = tokens.findIndex((token) => token.start >= offset);
    return index === -1 ? tokens.length : index;
  };
  // A negation stays inside its clause: "buys us time, but it does not fix" negates "fix" only.
  const sameClause = (from: number, to: number) =>
    !CLAUSE_BREAK.test(text.slice(Math.min(from, to), Math.max(from, to)));
  const negate = (cue: number, reached: readonly Token[]) => {
    for (const token of reached) if (sameClause(cue, token.start)) negated.add(token);
  };
  for (const match of text.matchAll(NEGATES_AFTER)) {
    const at = firstAfter(match.index);
    const after = tokens.slice(at, at + REACH_AFTER);
    const elliptical = !after.some((token) => sameClause(match.index, token.start));
    negate(match.index, elliptical ? tokens.slice(Math.max(0, at - REACH_BEFORE), at) : after);
  }
  for (const match of text.matchAll(DENIES_BEFORE)) {
    const at = firstAfter(match.index);
    negate(match.index, tokens.slice(Math.max(0, at - DENIAL_REACH), at));
  }
  const polarity = new Map<string, Polarity>();
  for (const token of tokens) {
    const mine: Polarity = negated.has(token) ? "negated" : "affirmed";
    for (const term of token.terms) {
      const before = polarity.get(term);
      polarity.set(term, before === undefined || before === mine ? mine : "mixed");
    }
  }
  return polarity;
}

/**
 * Whether words make a claim of their own: a subject and then a verb ("the outcome said much",
 * "we will continue"), not a thing or an action alone ("a medal for doing my job", "fix the gap").
 * Copied from a statement that negates it ("she did not think the outcome said much"), a claim is
 * the opposite of what was said; words alone are still the speaker's words.
 */
export function readsAsClaim(text: string): boolean {
  // "drones being acquired" is not a claim: "being" is no finite verb, whatever its tag.
  return nlp(text)
    .match("(#Noun|#Pronoun) #Adverb? [#Verb]", 0)
    .not("(#Gerund|#Infinitive|#Imperative|being|been)").found;
}

const NEGATION_RIGHT_BEFORE =
  /(?:\bnot|\bnever|n['’]t|\bno longer|\bnobody|\bno one|\bdenie[sd]|\bdeny|\brejected|\bdisputed)((?:\s+[\p{L}'’]+){0,2})\s+$/iu;

/**
 * Whether words copied from a text stand right after a negation that governs them: "she did not
 * think [the outcome said much]". A double negative says the words ("can't deny that inflation is
 * still too high", "there is no question the economy is recovering").
 */
export function negatedRightBefore(words: string, text: string): boolean {
  const at = text.toLowerCase().indexOf(words.trim().toLowerCase());
  if (at === -1) return false;
  const before = NEGATION_RIGHT_BEFORE.exec(text.slice(0, at));
  return (
    before !== null && !/\b(?:deny|doubt|dispute|question|ignore|overstate)/i.test(before[1] ?? "")
  );
}
