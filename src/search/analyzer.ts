import { stemmer } from "stemmer";
import { foldText } from "../text/fold.js";
import { findWords, type WordSpan } from "../text/words.js";
import type { AliasTable } from "./aliasTable.js";
import { STOP_WORDS } from "./stopWords.js";

/** A searchable piece of text: the index terms it stands for and where it is (end exclusive). */
export interface Token {
  readonly terms: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** Alias tokens stand for a group of words; they are matched exactly, never fuzzily. */
export const ALIAS_PREFIX = "alias:";

const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u; // U.S., U.N.
const CAPITALS_ACRONYM = /^\p{Lu}{2,5}(?:s|'s|’s)?$/u; // UAV, UAVs, NATO's; longer capitals are emphasis
const POSSESSIVE = /'s?$/;

/**
 * Turns text into index terms, the same way for stories and for questions: words are folded
 * (case, diacritics, curly quotes), stop words dropped, the rest stemmed (Porter); acronyms keep
 * their letters ("U.S." and "US" → "us", never confused with the pronoun); numbers lose their
 * thousands separators; and each word or phrase in an alias group also yields its group's term.
 *
 * @example analyze("Iranian UAVs").flatMap(t => t.terms) // → ["iranian", "alias:iran", "uav", "alias:uav"]
 */
export function createAnalyzer(aliases: AliasTable): (text: string) => Token[] {
  return (text) => {
    const shouting = isMostlyCapitals(text);
    const tokens: Token[] = [];
    for (const span of findWords(text)) {
      for (const term of wordTerms(span, shouting)) {
        const group =
          (term.acronym ? aliases.acronyms.get(term.text) : undefined) ??
          aliases.wordGroups.get(term.text);
        tokens.push({
          terms: group ? [term.text, group] : [term.text],
          start: span.start,
          end: span.end,
        });
      }
    }
    return [...tokens, ...phraseTokens(tokens, aliases)];
  };
}

/** A token that only stands for an alias group (a phrase such as "unmanned aerial vehicles"). */
export function isAliasOnly(token: Token): boolean {
  return token.terms.every((term) => term.startsWith(ALIAS_PREFIX));
}

/** Index terms of one word without alias groups: what alias phrases are written in. */
export function baseTerms(text: string): string[] {
  const shouting = isMostlyCapitals(text);
  return findWords(text).flatMap((span) => wordTerms(span, shouting).map((term) => term.text));
}

interface WordTerm {
  readonly text: string;
  /** Written as an acronym ("U.S.", "NATO"), so two-letter country codes apply. */
  readonly acronym: boolean;
}

function wordTerms(span: WordSpan, shouting: boolean): WordTerm[] {
  const raw = span.raw;
  if (DOTTED_ACRONYM.test(raw)) return [{ text: foldText(raw).replaceAll(".", ""), acronym: true }];
  if (!shouting && CAPITALS_ACRONYM.test(raw)) {
    return [{ text: foldText(raw.replace(/(?:['’]s|s)$/, "")), acronym: true }];
  }
  const folded = foldText(raw);
  if (/^[\p{N}.,]+$/u.test(folded)) return [{ text: folded.replaceAll(",", ""), acronym: false }];
  const parts = folded.includes("-") ? folded.split("-") : [folded];
  const terms: WordTerm[] = [];
  for (const part of parts) {
    const word = part.replace(POSSESSIVE, "");
    if (word.length === 0 || STOP_WORDS.has(word) || STOP_WORDS.has(part)) continue;
    terms.push({ text: stemmer(word), acronym: false });
  }
  return terms;
}

function phraseTokens(tokens: readonly Token[], aliases: AliasTable): Token[] {
  const found: Token[] = [];
  tokens.forEach((token, index) => {
    const first = token.terms[0];
    for (const phrase of (first && aliases.phrases.get(first)) || []) {
      const last = tokens[index + phrase.terms.length - 1];
      if (!last) continue;
      const matches = phrase.terms.every(
        (term, offset) => tokens[index + offset]?.terms[0] === term,
      );
      if (matches) found.push({ terms: [phrase.group], start: token.start, end: last.end });
    }
  });
  return found;
}

function isMostlyCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 12) return false;
  return letters.filter((letter) => letter !== letter.toLowerCase()).length / letters.length > 0.7;
}
