import MiniSearch, { type SearchResult } from "minisearch";
import type { Story } from "../story/types.js";
import { type AliasGroup, buildAliasTable } from "./aliasTable.js";
import { ALIAS_PREFIX, createAnalyzer, isAliasOnly, type Token } from "./analyzer.js";
import { expectedAnswerType, holdsAnswerType } from "./answerType.js";
import { learnAliases } from "./learnAliases.js";
import { placeAliasGroups } from "./places.js";
import { PrintedWords } from "./printedWords.js";
import { blankQuestionFrame, findAnswerFocus } from "./questionFrame.js";
import { findSubjectWords, type Span } from "./subjectWords.js";
import { titleAliasGroups } from "./titles.js";

/**
 * The share of a question's information a passage must contain to count as an answer. Each subject
 * word of the question (noun, name, number) weighs its inverse document frequency: a word found in
 * every paragraph says little, a word found nowhere says a lot. A passage that holds less than half
 * of that weight is about something else, however high its raw BM25 score.
 */
export const MIN_SUBJECT_COVERAGE = 0.5;

/**
 * News is written lead-first (the inverted pyramid): early paragraphs carry the main facts. A
 * passage's score is multiplied by 1 + LEAD_PRIOR / n for paragraph n, so ¶1 gets a quarter more
 * and ¶10 a fortieth: enough to settle near-ties, never to outrank a clearly better match.
 */
export const LEAD_PRIOR = 0.25;
/**
 * Weight of a word's own spelling next to its alias group's term: "Iranian" also matches "Iran"
 * in full, and matches "Iranian" a little more.
 */
const EXACT_FORM_WEIGHT = 0.3;
const MAX_CANDIDATES = 200;
/**
 * Coverage credit for question words that only matched approximately (typo or prefix). Short
 * words have many real neighbours ("bread"/"break", "mayor"/"major"), so their near matches count
 * a little under half: a question that rests on one such word alone ("Who is the mayor?") is not
 * answered by its neighbour. From LONG_WORD letters on, a near match is almost always a typo and
 * counts in full.
 */
const SHORT_NEAR_MATCH_CREDIT = 0.45;
const LONG_WORD = 7;
/** Weight of the noun that names the kind of answer wanted ("which agency"): the answer may not repeat it. */
const ANSWER_FOCUS_WEIGHT = 0.5;
/** Weight, next to subject words, of the question's other content words (its verbs and modifiers). */
const NON_SUBJECT_WEIGHT = 0.5;
const FUZZY_FRACTION = 0.2;
const MIN_FUZZY_LENGTH = 4;
const MIN_PREFIX_LENGTH = 4;

/** One paragraph that matched a question. */
export interface Hit {
  readonly story: string;
  readonly paragraph: number;
  readonly score: number;
  /** Share (0–1) of the question's subject weight that the paragraph holds. */
  readonly coverage: number;
  /** Index terms of the paragraph that matched, for highlighting. */
  readonly matchedTerms: ReadonlySet<string>;
}

interface Chunk {
  readonly id: string;
  readonly story: string;
  readonly paragraph: number;
  readonly text: string;
}

export interface SearchOptions {
  readonly limit: number;
  /** Only search this story. */
  readonly story?: string;
  /** Defaults to MIN_SUBJECT_COVERAGE; the evaluation lowers it to study the threshold. */
  readonly minCoverage?: number;
}

/**
 * MiniSearch over the body paragraphs of a set of stories, with Byline's analyzer (stemming, stop
 * words, folding, aliases from the stories and from the places list) and a coverage threshold that
 * turns "nothing here answers that" into an empty result instead of noise.
 */
export class StoryIndex {
  readonly analyze: (text: string) => Token[];
  readonly #search: MiniSearch<Chunk>;
  readonly #documentFrequency = new Map<string, number>();
  readonly #chunkCount: number;
  readonly #printedWords = new PrintedWords();
  /** The same counts within each story: how telling a word is depends on the story it is in. */
  readonly #storyFrequency = new Map<string, { frequency: Map<string, number>; chunks: number }>();

  constructor(stories: readonly Story[], extraAliases: readonly AliasGroup[] = []) {
    const aliasGroups = [
      ...placeAliasGroups(),
      ...titleAliasGroups(),
      ...stories.flatMap(learnAliases),
      ...extraAliases,
    ];
    this.analyze = createAnalyzer(buildAliasTable(aliasGroups));
    const analyzeTerms = (text: string) => this.analyze(text).flatMap((token) => token.terms);
    // Indexing counts each term's paragraphs on the way, so the text is analysed once; stories are
    // added one at a time so the count knows whose story it is in.
    let storyCounts = new Map<string, number>();
    const indexTerms = (text: string) => {
      const tokens = this.analyze(text);
      for (const { start, end } of tokens) this.#printedWords.add(text.slice(start, end));
      const terms = tokens.flatMap((token) => token.terms);
      for (const term of new Set(terms)) {
        this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
        storyCounts.set(term, (storyCounts.get(term) ?? 0) + 1);
      }
      return terms;
    };
    this.#search = new MiniSearch<Chunk>({
      fields: ["text"],
      storeFields: ["story", "paragraph", "text"],
      tokenize: indexTerms,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: analyzeTerms,
        combineWith: "OR",
        prefix: (term) => term.length >= MIN_PREFIX_LENGTH && !term.startsWith(ALIAS_PREFIX),
        fuzzy: (term) =>
          term.length >= MIN_FUZZY_LENGTH && !term.startsWith(ALIAS_PREFIX)
            ? FUZZY_FRACTION
            : false,
      },
    });
    for (const story of stories) {
      storyCounts = new Map<string, number>();
      this.#storyFrequency.set(story.id, { frequency: storyCounts, chunks: story.body.length });
      this.#search.addAll(
        story.body.map((paragraph) => ({
          id: `${story.id}#${paragraph.number}`,
          story: story.id,
          paragraph: paragraph.number,
          text: paragraph.text,
        })),
      );
    }
    this.#chunkCount = stories.reduce((count, story) => count + story.body.length, 0);
  }

  /**
   * The paragraphs that answer `question`, best first: BM25 ranking, then only those holding at
   * least MIN_SUBJECT_COVERAGE of the question's subject weight.
   *
   * @example index.search("How many drones could Iran provide to Russia?", { limit: 3 })
   * // → [{ story: "putin-visits-tehran", paragraph: 5, coverage: 1, … }, …]
   */
  search(rawQuestion: string, options: SearchOptions): Hit[] {
    const question = blankQuestionFrame(
      this.#printedWords.correct(rawQuestion, (word) =>
        this.analyze(word).some((token) =>
          token.terms.some((term) => this.#documentFrequency.has(term)),
        ),
      ),
    );
    const questionTokens = this.analyze(question);
    if (questionTokens.length === 0) return [];
    // Weights are the story's own: a word all over one story ("race") says little in it, however
    // rare it is in the others.
    const roles = this.#wordRoles(question, questionTokens);
    const weightsByStory = new Map<string, number[]>();
    const weightsIn = (story: string) => {
      let weights = weightsByStory.get(story);
      if (!weights) {
        weights = this.#subjectWeights(questionTokens, roles, story);
        weightsByStory.set(story, weights);
      }
      return weights;
    };
    const groupedWords = new Set(
      questionTokens.filter((token) => token.terms.length > 1).map((token) => token.terms[0]),
    );
    const storyFilter = options.story;
    const results = this.#search.search(question, {
      boostTerm: (term) => (groupedWords.has(term) ? EXACT_FORM_WEIGHT : 1),
      ...(storyFilter ? { filter: (result) => result.story === storyFilter } : {}),
    });
    const answerType = expectedAnswerType(rawQuestion);
    const hits: Hit[] = [];
    for (const result of results.slice(0, MAX_CANDIDATES)) {
      const coverage = this.#coverage(result, questionTokens, weightsIn(result.story as string));
      if (coverage < (options.minCoverage ?? MIN_SUBJECT_COVERAGE)) continue;
      if (answerType && !holdsAnswerType(result.text as string, answerType)) continue;
      hits.push({
        story: result.story as string,
        paragraph: result.paragraph as number,
        score: result.score * (1 + LEAD_PRIOR / (result.paragraph as number)),
        coverage,
        matchedTerms: new Set(result.terms),
      });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, options.limit);
  }

  /** Number of paragraphs indexed. */
  get size(): number {
    return this.#chunkCount;
  }

  /** Every paragraph with any match, whatever its coverage: for studying the threshold. */
  searchAll(question: string): Hit[] {
    return this.search(question, { limit: 1000, minCoverage: 0 });
  }

  /**
   * Inverse document frequency of an index term (BM25's formula) over all paragraphs, or over one
   * story's paragraphs.
   */
  inverseDocumentFrequency(term: string, story?: string): number {
    const scope = story === undefined ? undefined : this.#storyFrequency.get(story);
    const frequency = (scope?.frequency ?? this.#documentFrequency).get(term) ?? 0;
    const chunks = scope?.chunks ?? this.#chunkCount;
    return Math.log(1 + (chunks - frequency + 0.5) / (frequency + 0.5));
  }

  /**
   * What each question word (by token position) counts for, before its rarity: 0 for alias-only
   * tokens, 1 for subject words, less for the rest. Found once per question (the tagger is slow).
   */
  #wordRoles(question: string, tokens: readonly Token[]): number[] {
    const words = tokens.filter((token) => !isAliasOnly(token));
    const subjects = findSubjectWords(question);
    const isSubject = (token: Token) => subjects.some((span) => overlaps(span, token));
    const focus = findAnswerFocus(question);
    const isFocus = (token: Token) => focus.some((span) => overlaps(span, token));
    const anySubject = words.some(isSubject);
    return tokens.map((token) => {
      if (isAliasOnly(token)) return 0;
      if (anySubject && !isSubject(token)) return NON_SUBJECT_WEIGHT;
      return isFocus(token) ? ANSWER_FOCUS_WEIGHT : 1;
    });
  }

  /** Each question word's weight in one story: its role times its rarity in that story. */
  #subjectWeights(tokens: readonly Token[], roles: readonly number[], story: string): number[] {
    return tokens.map((token, index) => {
      const role = roles[index] ?? 0;
      if (role === 0) return 0;
      return (
        role * Math.min(...token.terms.map((term) => this.inverseDocumentFrequency(term, story)))
      );
    });
  }

  #coverage(result: SearchResult, tokens: readonly Token[], weights: readonly number[]): number {
    const matchedQueryTerms = new Set(result.queryTerms);
    const exactTerms = new Set(result.terms);
    const credit = (token: Token): number => {
      const matched = token.terms.filter((term) => matchedQueryTerms.has(term));
      if (matched.length === 0) return 0;
      if (matched.some((term) => exactTerms.has(term))) return 1;
      return matched.some((term) => term.length >= LONG_WORD) ? 1 : SHORT_NEAR_MATCH_CREDIT;
    };
    let total = 0;
    let covered = 0;
    tokens.forEach((token, index) => {
      const weight = weights[index] ?? 0;
      if (weight === 0) return;
      total += weight;
      const covering = tokens.filter((other) => overlaps(other, token)).map(credit);
      covered += weight * Math.max(0, ...covering);
    });
    return total === 0 ? 0 : covered / total;
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
