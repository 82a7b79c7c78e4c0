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
  const words: TypedWord[] = typed
    .filter((token) => !isAliasOnly(token))
    .map((token) => ({
      token,
      weight: Math.min(...token.terms.map(weightOf)),
      spelled: foldText(typedText.slice(token.start, token.end)),
      typoOf: new Map(),
    }));
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  if (total === 0) return [];
  return statements
    .map((statement) => {
      const { terms, spelled } = wordsOf(statement);
      const covered = words.reduce(
        (sum, word) => sum + word.weight * credit(word, terms, spelled),
        0,
      );
      // Ties go to the statement that has the words as typed rather than through an alias
      // ("drones … acquired by Russia" is Amirabdollahian's, not Sullivan's "Russian … UAVs").
      const asTyped = words.reduce(
        (sum, word) => sum + (terms.has(word.token.terms[0] ?? "") ? word.weight : 0),
        0,
      );
      return { statement, coverage: covered / total, exactness: asTyped / total };
    })
    .filter((match) => match.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || b.exactness - a.exactness)
    .map(({ statement, coverage }) => ({ statement, coverage }));
}

/** A word typed, with its weight and, by statement word, whether it is a typo of it. */
interface TypedWord {
  readonly token: Token;
  readonly weight: number;
  /** As typed, folded. */
  readonly spelled: string;
  /**
   * Statement words already compared with it: the statements of a story share most of their words,
   * and comparing each again was most of a /who said.
   */
  readonly typoOf: Map<string, boolean>;
}

/** 1 for a word the statement has; NEAR_MATCH_CREDIT for one a typo away (compared as spelled, not stemmed). */
function credit(word: TypedWord, terms: ReadonlySet<string>, spelled: ReadonlySet<string>): number {
  if (word.token.terms.some((term) => terms.has(term))) return 1;
  for (const other of spelled) {
    let near = word.typoOf.get(other);
    if (near === undefined) {
      near = isTypoOf(word.spelled, other) && !isNegatedForm(word.spelled, other);
      word.typoOf.set(other, near);
    }
    if (near) return NEAR_MATCH_CREDIT;
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
