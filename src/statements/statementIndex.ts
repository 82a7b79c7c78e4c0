import { isAliasOnly, type Token } from "../search/analyzer.js";
import { isTypoOf } from "../text/editDistance.js";
import { foldText } from "../text/fold.js";
import { findWords } from "../text/words.js";
import type { Statement } from "./types.js";

/** How much of a text a statement (or any text with words) holds, by the weight of the words they share. */
export interface StatementMatch<T extends { readonly text: string } = Statement> {
  readonly statement: T;
  /** Share (0–1) of the text's word weight found in the statement. */
  readonly coverage: number;
}

const NEAR_MATCH_CREDIT = 0.8;

/** A text's words as matching reads them: index terms, and words as spelled (for typos). */
export interface TextWords {
  readonly terms: ReadonlySet<string>;
  readonly spelled: ReadonlySet<string>;
}

export function textWords(text: string, analyze: (text: string) => Token[]): TextWords {
  return {
    terms: new Set(analyze(text).flatMap((token) => token.terms)),
    spelled: new Set(findWords(foldText(text)).map((word) => word.raw)),
  };
}

/**
 * Matches what a user typed against a story's statements, word by word after Byline's analysis
 * (stems, folded quotes and accents, aliases), each word weighted by its rarity; a word the
 * statement lacks may still match a word one typo away. Best match first.
 */
export function matchStatements<T extends { readonly text: string }>(
  typedText: string,
  typed: readonly Token[],
  statements: readonly T[],
  wordsOf: (statement: T) => TextWords,
  weightOf: (term: string) => number,
): StatementMatch<T>[] {
  const words = typed.filter((token) => !isAliasOnly(token));
  const total = words.reduce((sum, token) => sum + wordWeight(token, weightOf), 0);
  if (total === 0) return [];
  return statements
    .map((statement) => {
      const { terms, spelled } = wordsOf(statement);
      const covered = words.reduce(
        (sum, token) =>
          sum +
          wordWeight(token, weightOf) *
            credit(token, foldText(typedText.slice(token.start, token.end)), terms, spelled),
        0,
      );
      // Ties go to the statement that has the words as typed rather than through an alias
      // ("drones … acquired by Russia" is Amirabdollahian's, not Sullivan's "Russian … UAVs").
      const asTyped = words.reduce(
        (sum, token) => sum + (terms.has(token.terms[0] ?? "") ? wordWeight(token, weightOf) : 0),
        0,
      );
      return { statement, coverage: covered / total, exactness: asTyped / total };
    })
    .filter((match) => match.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || b.exactness - a.exactness)
    .map(({ statement, coverage }) => ({ statement, coverage }));
}

function wordWeight(token: Token, weightOf: (term: string) => number): number {
  return Math.min(...token.terms.map(weightOf));
}

/** 1 for a word the statement has; NEAR_MATCH_CREDIT for one a typo away (compared as spelled, not stemmed). */
function credit(
  token: Token,
  word: string,
  terms: ReadonlySet<string>,
  spelled: ReadonlySet<string>,
): number {
  if (token.terms.some((term) => terms.has(term))) return 1;
  for (const other of spelled) {
    if (isTypoOf(word, other) && !isNegatedForm(word, other)) return NEAR_MATCH_CREDIT;
  }
  return 0;
}

/** "unnecessary" is "necessary" negated, not misspelled. */
function isNegatedForm(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return (
    /^(?:un|in|im|il|ir|non|dis)$/.test(longer.slice(0, longer.length - shorter.length)) &&
    longer.endsWith(shorter)
  );
}
