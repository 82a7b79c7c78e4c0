import { createHash } from "node:crypto";
import type { Options, SearchResult } from "minisearch";
import type { Story } from "../story/types.js";
import { editDistance } from "../text/editDistance.js";
import { findWords } from "../text/words.js";
import { type AliasGroup, buildAliasTable } from "./aliasTable.js";
import { ALIAS_PREFIX, createAnalyzer, isAliasOnly, type Token } from "./analyzer.js";
import { expectedAnswerType, namesIn } from "./answerType.js";
import { ANSWERED_SCORE, ASK_WEIGHTS } from "./askWeights.js";
import { learnAliases } from "./learnAliases.js";
import { type PackedIndex, PackedMiniSearch } from "./packedMiniSearch.js";
import {
  type Features,
  passageFeatures,
  scoreFeatures,
  type WeightedWord,
} from "./passageFeatures.js";
import { placeAliasGroups } from "./places.js";
import { PrintedWords } from "./printedWords.js";
import { blankQuestionFrame } from "./questionFrame.js";
import { titleAliasGroups } from "./titles.js";

/**
 * Weight of a word's own spelling next to its alias group's term: "Iranian" also matches "Iran"
 * in full, and matches "Iranian" a little more.
 */
const EXACT_FORM_WEIGHT = 0.3;
/** BM25's parameters, as MiniSearch has them (BM25+). */
const BM25_K1 = 1.2;
const BM25_B = 0.7;
/**
 * BM25+'s lower bound for a matched term: how much a question word counts in a paragraph that
 * holds it at all, whatever the paragraph's length. MiniSearch has 0.5; 1 was chosen on the tune
 * half of the real-questions set, by its two-fold score (points of top-1 + top-3: 0 128.2, 0.25
 * 129.1, 0.5 129.4, 0.75 129.6, 1 129.9, 1.5 129.9, 2 129.6).
 */
const BM25_D = 1;
/**
 * A paragraph term that matched a question word only nearly (a typo or an unfinished word) counts
 * this much, MiniSearch's own weight for a fuzzy match (it gives a prefix 0.375).
 */
const NEAR_MATCH_WEIGHT = 0.45;
/**
 * From this many letters a near match of a question word is taken for a typo of it, as the typo
 * repair of PrintedWords does: shorter words have real neighbours ("mayor" / "major").
 */
const LONG_WORD = 7;
/** From this many letters a question word a paragraph word starts with is taken for it, unfinished. */
const MIN_TRUSTED_PREFIX = 5;
/** Edits beyond which a typo is not looked for (FUZZY_FRACTION of the longest words asked). */
const MAX_TYPO_EDITS = 4;
/**
 * With several stories in scope, only this many BM25 matches are scored by the ranking model: the
 * answer is nearly always among them, and scoring every match would cost time per matched paragraph
 * (a common word matches tens of thousands at 10,000 stories; see npm run bench).
 */
const MAX_RERANKED = 50;
/**
 * From this many paragraphs (about 1,000 stories), words in more than COMMON_SHARE of them are left
 * out of the search for candidates across the library (StoryIndex.commonTerms). On 10,000
 * generated stories (npm run bench's), with 252 questions made of a paragraph's words: /ask p50
 * 40 → 16 ms, p95 418 → 64 ms, p99 501 → 137 ms, and the paragraph first for 53.2% (was 50.4%),
 * in the first three for 67.9% (65.1%). A share of 0.3% was faster (p99 91 ms) but found less
 * (46.8%, 60.3%).
 */
const COMMON_FROM_PARAGRAPHS = 20_000;
const COMMON_SHARE = 0.01;
/** Paragraphs whose tokens are kept between questions. */
const TOKEN_CACHE_SIZE = 20_000;
/** MiniSearch's fuzzy and prefix options (exported for the benchmark's bare MiniSearch). */
export const FUZZY_FRACTION = 0.2;
export const MIN_FUZZY_LENGTH = 4;
export const MIN_PREFIX_LENGTH = 4;

/**
 * Whether a term may match approximately (a typo, an unfinished word): not an alias group, and not
 * a number, since "2026" one digit from "2023" is another year, not a typo.
 */
function isWordTerm(term: string): boolean {
  return !term.startsWith(ALIAS_PREFIX) && !/\d/.test(term);
}

/**
 * The question terms and paragraph terms of a match that count as shared words: the same term, an
 * unfinished word (a question term of MIN_TRUSTED_PREFIX letters or more that a paragraph term
 * starts with: "Sulliv"), or a typo of a word of LONG_WORD letters or more. A near match of a
 * shorter word does not count ("shoe" and "show", "mayor" and "major" are both real words); it
 * still adds a little to BM25, but is neither covered nor shown in bold.
 */
function sharedTerms(result: SearchResult): { question: Set<string>; paragraph: Set<string> } {
  const question = new Set<string>();
  const paragraph = new Set<string>();
  for (const asked of result.queryTerms) {
    for (const printed of result.terms) {
      const shared =
        printed === asked ||
        (asked.length >= MIN_TRUSTED_PREFIX && printed.startsWith(asked)) ||
        (asked.length >= LONG_WORD &&
          editDistance(asked, printed, MAX_TYPO_EDITS) <=
            Math.round(asked.length * FUZZY_FRACTION));
      if (!shared) continue;
      question.add(asked);
      paragraph.add(printed);
    }
  }
  return { question, paragraph };
}

/**
 * Whether the best passage is taken to answer the question: it scores at least `threshold` (learned
 * with the weights) and shares a word with the question. A lede that only its place and an answer
 * of the right type put first ("who won the world cup" → ¶1, which names people) is a guess.
 */
export function isAnswered(score: number, features: Features, threshold: number): boolean {
  // Coverage counts only shared words (sharedTerms), so above 0 the passage shares one.
  return score >= threshold && features.coverage > 0;
}

/** A story's own counts: paragraphs holding each term, paragraphs, and terms in all. */
interface StoryCounts {
  readonly frequency: Map<string, number>;
  readonly chunks: number;
  readonly terms: { count: number };
}

export interface IndexOptions {
  /** Alias groups beyond the places list, the titles and those learned from the stories. */
  readonly extraAliases?: readonly AliasGroup[];
  /**
   * What an index wrote with toJSON: loaded instead of indexing again when it was made with the
   * same aliases (else ignored: the stories are indexed).
   */
  readonly snapshot?: IndexSnapshot;
  /**
   * With `snapshot`, when it is of other versions of the stories: the snapshot's stories that
   * were changed or removed since (taken out) and the stories it lacks (changed or new; indexed).
   */
  readonly snapshotChanges?: {
    readonly outdated: readonly string[];
    readonly missing: readonly string[];
  };
  /** Called every PROGRESS_EVERY stories while indexing, for a progress line. */
  readonly onProgress?: (indexed: number, stories: number) => void;
}

/** Stories indexed between two progress reports. */
const PROGRESS_EVERY = 1000;

/** What toJSON writes and the constructor loads: MiniSearch's index and Byline's counts. */
export interface IndexSnapshot {
  /** A hash of the aliases its stories taught (learnAliases): its terms were analysed with them. */
  readonly aliases: string;
  readonly search: PackedIndex;
  readonly documentFrequency: readonly (readonly [string, number])[];
  /**
   * Each story's counts: its terms joined by newlines and their paragraph counts in the same order,
   * two values per story rather than a pair per term (10,000 generated stories: 60–70 MB less at
   * the peak of a cold and of a warm start, in the same time).
   */
  readonly storyFrequency: readonly {
    readonly story: string;
    readonly terms: string;
    readonly counts: readonly number[];
    readonly chunks: number;
    readonly termCount: number;
  }[];
  readonly printedWords: readonly string[];
}

/** One paragraph ranked for a question. */
export interface Hit {
  readonly story: string;
  readonly paragraph: number;
  /** The ranking model's score; only comparable within one question. */
  readonly score: number;
  /** Index terms of the paragraph that matched, for highlighting (none for a lede ranked by place). */
  readonly matchedTerms: ReadonlySet<string>;
}

/** A hit with the features it was scored on. */
export interface RankedCandidate extends Hit {
  readonly features: Features;
}

/** The hits for a question, and whether the best of them is taken to answer it. */
export interface SearchOutcome {
  readonly hits: readonly Hit[];
  readonly answered: boolean;
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
  /** Only paragraphs that share a word with the question (autocomplete), not every one of the story. */
  readonly onlyMatching?: boolean;
}

/**
 * MiniSearch over the body paragraphs of a set of stories, with Byline's analyzer (stemming, stop
 * words, folding, aliases from the stories and from the places list), and a learned ranking of its
 * matches that says whether the best of them answers the question.
 */
export class StoryIndex {
  readonly analyze: (text: string) => Token[];
  readonly #search: PackedMiniSearch<Chunk>;
  readonly #documentFrequency = new Map<string, number>();
  #chunkCount: number;
  readonly #printedWords = new PrintedWords();
  readonly #stories: Map<string, Story>;
  readonly #tokenCache = new Map<string, Token[]>();
  /** The same counts within each story: how telling a word is depends on the story it is in. */
  readonly #storyFrequency = new Map<string, StoryCounts>();
  /** A hash of the aliases the stories taught, which the snapshot records. */
  readonly #aliases: string;
  /** Whether the index was loaded from a snapshot (and brought up to date) rather than built. */
  readonly fromSnapshot: boolean = false;

  /**
   * Indexes `stories`, or, given the snapshot an index of the same stories wrote (toJSON), loads
   * it instead: the same index in a fraction of the time. A snapshot of earlier versions of the
   * stories is brought up to date with `snapshotChanges`; one made with other aliases is ignored.
   */
  constructor(stories: readonly Story[], options: IndexOptions = {}) {
    const { snapshot, onProgress } = options;
    const learned = [...stories.flatMap(learnAliases), ...(options.extraAliases ?? [])];
    this.#aliases = createHash("sha256").update(JSON.stringify(learned)).digest("hex");
    this.#stories = new Map(stories.map((story) => [story.id, story]));
    this.analyze = createAnalyzer(
      buildAliasTable([...placeAliasGroups(), ...titleAliasGroups(), ...learned]),
    );
    this.#chunkCount = stories.reduce((count, story) => count + story.body.length, 0);
    const analyzeTerms = (text: string) => this.analyze(text).flatMap((token) => token.terms);
    // Indexing counts each term's paragraphs on the way (#indexTerms), so the text is analysed once.
    const indexTerms = (text: string) => this.#indexTerms(text);
    const miniSearchOptions: Options<Chunk> = {
      fields: ["text"],
      storeFields: ["story", "paragraph"],
      tokenize: indexTerms,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: analyzeTerms,
        combineWith: "OR",
        prefix: (term) => term.length >= MIN_PREFIX_LENGTH && isWordTerm(term),
        // A word the stories print is no typo: looking for its near neighbours took most of a
        // search of 10,000 stories (p50 28 → 9 ms, p99 274 → 47 ms without) and found other words
        // (the real-news questions rank the same: check half 57.4 / 82.0 both ways).
        fuzzy: (term) =>
          term.length >= MIN_FUZZY_LENGTH && isWordTerm(term) && !this.#documentFrequency.has(term)
            ? FUZZY_FRACTION
            : false,
      },
    };
    if (snapshot?.aliases === this.#aliases) {
      this.#search = PackedMiniSearch.fromPacked(snapshot.search, miniSearchOptions);
      this.fromSnapshot = true;
      for (const [term, count] of snapshot.documentFrequency)
        this.#documentFrequency.set(term, count);
      for (const { story, terms, counts, chunks, termCount } of snapshot.storyFrequency) {
        const frequency = new Map<string, number>();
        terms.split("\n").forEach((term, i) => {
          if (term) frequency.set(term, counts[i] ?? 0);
        });
        this.#storyFrequency.set(story, { frequency, chunks, terms: { count: termCount } });
      }
      // A removed story's words stay among the printed words until the index is built anew.
      for (const word of snapshot.printedWords) this.#printedWords.add(word);
      const changes = options.snapshotChanges;
      for (const id of changes?.outdated ?? []) this.#discardStory(id);
      for (const id of changes?.missing ?? []) {
        const story = this.#stories.get(id);
        if (story) this.#indexStory(story);
      }
      return;
    }
    this.#search = new PackedMiniSearch<Chunk>(miniSearchOptions);
    for (const [done, story] of stories.entries()) {
      if (done > 0 && done % PROGRESS_EVERY === 0) onProgress?.(done, stories.length);
      this.#indexStory(story);
    }
  }

  /** The counts of the story being indexed, which #indexTerms adds to. */
  #indexing: StoryCounts | undefined;

  /** Adds a story's paragraphs, one story at a time so the counts know whose story they are in. */
  #indexStory(story: Story): void {
    const counts = {
      frequency: new Map<string, number>(),
      chunks: story.body.length,
      terms: { count: 0 },
    };
    this.#storyFrequency.set(story.id, counts);
    this.#indexing = counts;
    try {
      this.#search.addAll(
        story.body.map((paragraph) => ({
          id: `${story.id}#${paragraph.number}`,
          story: story.id,
          paragraph: paragraph.number,
          text: paragraph.text,
        })),
      );
    } finally {
      this.#indexing = undefined;
    }
  }

  /** A paragraph's index terms, counted into the whole index's and its story's counts. */
  #indexTerms(text: string): string[] {
    const tokens = this.analyze(text);
    for (const { start, end } of tokens) this.#printedWords.add(text.slice(start, end));
    const terms = tokens.flatMap((token) => token.terms);
    const story = this.#indexing;
    if (story) story.terms.count += terms.length;
    for (const term of new Set(terms)) {
      this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
      story?.frequency.set(term, (story.frequency.get(term) ?? 0) + 1);
    }
    return terms;
  }

  /**
   * Adds a story to a live index, or puts a new version in place of the story with its id. Its
   * words are read with the aliases the index was built with; what the new story would teach
   * (learnAliases) is learned at the next start.
   */
  addStory(story: Story): void {
    if (this.#stories.has(story.id)) this.removeStory(story.id);
    this.#stories.set(story.id, story);
    this.#chunkCount += story.body.length;
    this.#indexStory(story);
  }

  /** Takes a story out of a live index; nothing for an id it does not have. */
  removeStory(id: string): void {
    const story = this.#stories.get(id);
    if (!story) return;
    this.#discardStory(id);
    this.#stories.delete(id);
    this.#chunkCount -= story.body.length;
  }

  /** Takes a story's paragraphs and counts out of MiniSearch and the counts. */
  #discardStory(id: string): void {
    const counts = this.#storyFrequency.get(id);
    for (let number = 1; number <= (counts?.chunks ?? 0); number++) {
      const key = `${id}#${number}`;
      if (this.#search.has(key)) this.#search.discard(key);
      this.#tokenCache.delete(key);
    }
    for (const [term, paragraphs] of counts?.frequency ?? []) {
      const left = (this.#documentFrequency.get(term) ?? 0) - paragraphs;
      if (left > 0) this.#documentFrequency.set(term, left);
      else this.#documentFrequency.delete(term);
    }
    this.#storyFrequency.delete(id);
  }

  /** The index as plain data, for the constructor to load instead of indexing again. */
  toJSON(): IndexSnapshot {
    return {
      aliases: this.#aliases,
      search: this.#search.toPacked(),
      documentFrequency: [...this.#documentFrequency],
      storyFrequency: [...this.#storyFrequency].map(([story, counts]) => ({
        story,
        terms: [...counts.frequency.keys()].join("\n"),
        counts: [...counts.frequency.values()],
        chunks: counts.chunks,
        termCount: counts.terms.count,
      })),
      printedWords: this.#printedWords.words(),
    };
  }

  /**
   * The paragraphs that best answer `question`, best first, and whether Byline is sure of the best
   * one. Candidates are MiniSearch's BM25 matches (and, within one story, every paragraph, since a
   * lede may answer in other words); each is scored by a learned linear model over its features
   * (passageFeatures.ts). No hit at all only when no paragraph shares a word with the question
   * (within one story, a question with no word of its own, "what were they doing there?", gets
   * its paragraphs).
   *
   * @example index.search("How many drones could Iran provide to Russia?", { limit: 3 })
   * // → { hits: [{ story: "putin-visits-tehran", paragraph: 5, … }, …], answered: true }
   */
  search(rawQuestion: string, options: SearchOptions): SearchOutcome {
    const ranked = this.rankCandidates(rawQuestion, options);
    const hits = ranked.slice(0, options.limit).map(({ features: _, ...hit }) => hit);
    const best = ranked[0];
    return {
      hits,
      answered: best !== undefined && isAnswered(best.score, best.features, ANSWERED_SCORE),
    };
  }

  /**
   * The text with each word the stories never print replaced by the printed word it is a typo of,
   * when there is one (PrintedWords.correct): "sanctoins" → "sanctions". /ask and /summary focus
   * read what was typed this way.
   */
  correctTypos(text: string): string {
    return this.#printedWords.correct(text, (word) =>
      this.analyze(word).some((token) =>
        token.terms.some((term) => this.#documentFrequency.has(term)),
      ),
    );
  }

  /**
   * Across a large library, the question's words that are in a large share of all paragraphs (a
   * name every story prints, "said"): MiniSearch would score each of their tens of thousands of
   * matches, most of an /ask's time at 10,000 stories, and they do not tell the candidates apart.
   * None when the question has no other word.
   */
  commonTerms(questionTokens: readonly Token[]): Set<string> {
    if (this.#chunkCount < COMMON_FROM_PARAGRAPHS) return new Set();
    const limit = this.#chunkCount * COMMON_SHARE;
    const frequency = (term: string) => this.#documentFrequency.get(term) ?? 0;
    const terms = [...new Set(questionTokens.flatMap((token) => token.terms))];
    const common = new Set(terms.filter((term) => frequency(term) > limit));
    // When every word is common, the rarest still finds the candidates.
    if (terms.length > 0 && common.size === terms.length) {
      const rarest = terms.reduce((a, b) => (frequency(b) < frequency(a) ? b : a));
      common.delete(rarest);
    }
    return common;
  }

  /** A candidate found without the common words, with those it prints counted back in. */
  #withCommonTerms(result: SearchResult, common: ReadonlySet<string>): SearchResult {
    const tokens = this.paragraphTokens(result.story as string, result.paragraph as number);
    const printed = new Set(tokens.flatMap((token) => token.terms));
    const present = [...common].filter((term) => printed.has(term));
    if (present.length === 0) return result;
    return {
      ...result,
      terms: [...result.terms, ...present],
      queryTerms: [...result.queryTerms, ...present],
    };
  }

  /** Every candidate with its features and score, best first: what search() and training use. */
  rankCandidates(rawQuestion: string, options: Omit<SearchOptions, "limit">): RankedCandidate[] {
    const question = blankQuestionFrame(this.correctTypos(rawQuestion));
    const questionTokens = this.analyze(question);
    const questionWords = questionTokens.filter((token) => !isAliasOnly(token));
    const phrases = questionTokens.filter(isAliasOnly);
    const storyFilter = options.story;
    const scope =
      storyFilter ?? (this.#stories.size === 1 ? [...this.#stories.keys()][0] : undefined);
    // A question with no word of its own once stop words are out ("what were they doing there?",
    // "where was that?") names nothing the story could lack: it is about the story in hand. Within
    // one story it gets the story's paragraphs, ranked by place and answer type and never taken as
    // answered; across several stories, or for autocomplete, it has nothing to look for.
    const wordless = questionWords.length === 0;
    if (wordless && (!scope || options.onlyMatching)) return [];
    const groupedWords = new Set(
      questionTokens.filter((token) => token.terms.length > 1).map((token) => token.terms[0]),
    );
    const common = scope ? new Set<string>() : this.commonTerms(questionTokens);
    const results = wordless
      ? []
      : this.#search.search(question, {
          boostTerm: (term) => (groupedWords.has(term) ? EXACT_FORM_WEIGHT : 1),
          ...(storyFilter ? { filter: (result) => result.story === storyFilter } : {}),
          ...(common.size > 0
            ? {
                tokenize: (text: string) =>
                  this.analyze(text)
                    .flatMap((token) => token.terms)
                    .filter((term) => !common.has(term)),
              }
            : {}),
        });
    // Within one story every match is kept (a story has tens of paragraphs); across many stories
    // only the best, as a common word may match a hundred thousand paragraphs.
    const kept = (scope ? results : results.slice(0, MAX_RERANKED)).map((result) =>
      common.size > 0 ? this.#withCommonTerms(result, common) : result,
    );
    const shared = new Map(kept.map((result) => [result.id as string, sharedTerms(result)]));
    // Autocomplete lists whatever matches what was typed so far; an answer needs a shared word,
    // unless the question has no word to share.
    const sharesWord = [...shared.values()].some((s) => s.question.size > 0);
    if (!options.onlyMatching && !wordless && !sharesWord) return [];
    const matches = new Map(kept.map((result) => [result.id as string, result]));
    const places =
      scope && !options.onlyMatching
        ? (this.#stories.get(scope)?.body ?? []).map((p) => ({ story: scope, paragraph: p.number }))
        : kept.map((r) => ({ story: r.story as string, paragraph: r.paragraph as number }));
    const candidates = places.flatMap(({ story: storyId, paragraph: number }) => {
      const story = this.#stories.get(storyId);
      const paragraph = story?.body[number - 1];
      if (!story || !paragraph) return [];
      const tokens = this.paragraphTokens(storyId, number);
      if (tokens.length === 0) return []; // "* * *", "—": nothing to read
      const key = `${storyId}#${number}`;
      return [{ story, paragraph, tokens, match: matches.get(key), trusted: shared.get(key) }];
    });
    const answerType = expectedAnswerType(rawQuestion);
    const questionWordSet = new Set(findWords(rawQuestion).map((w) => w.raw.toLowerCase()));
    const queryTerms = new Set(questionTokens.flatMap((token) => token.terms));
    const storyBm25 = candidates.map(({ story, tokens, match }) =>
      match
        ? this.#storyBm25(match.terms, tokens, story.id, (term) =>
            !queryTerms.has(term)
              ? NEAR_MATCH_WEIGHT
              : groupedWords.has(term)
                ? EXACT_FORM_WEIGHT
                : 1,
          )
        : 0,
    );
    const bestStoryBm25 = Math.max(...storyBm25) || 1;
    const weightsByStory = new Map<string, WeightedWord[]>();
    const ranked: RankedCandidate[] = [];
    for (const [index, { story, paragraph, tokens, match, trusted }] of candidates.entries()) {
      let words = weightsByStory.get(story.id);
      if (!words) {
        words = questionWords.map((token) => ({
          // A word inside an alias phrase ("United States") is covered when the phrase's group is.
          terms: [
            ...token.terms,
            ...phrases.filter((phrase) => overlaps(phrase, token)).flatMap((p) => p.terms),
          ],
          weight: Math.min(...token.terms.map((t) => this.inverseDocumentFrequency(t, story.id))),
        }));
        weightsByStory.set(story.id, words);
      }
      const storyNames =
        answerType === "person" || answerType === "place" ? storyNamesOf(story) : undefined;
      const matchedTerms = options.onlyMatching
        ? new Set<string>(match?.terms ?? [])
        : (trusted?.paragraph ?? new Set<string>());
      const features = passageFeatures({
        words,
        answerType,
        questionWords: questionWordSet,
        ...(storyNames ? { storyNames } : {}),
        text: paragraph.text,
        sentences: paragraph.sentences,
        tokens,
        matchedTerms,
        matchedQueryTerms: trusted?.question ?? new Set<string>(),
        weightOf: (term) => this.inverseDocumentFrequency(term, story.id),
        bm25: (storyBm25[index] ?? 0) / bestStoryBm25,
        paragraph: paragraph.number,
        paragraphs: story.body.length,
      });
      ranked.push({
        story: story.id,
        paragraph: paragraph.number,
        score: scoreFeatures(features, ASK_WEIGHTS),
        matchedTerms,
        features,
      });
    }
    return ranked.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
  }

  /**
   * Okapi BM25 of a paragraph's matched terms with its own story's counts, so that how a story
   * answers does not depend on the other stories loaded. `weight` scales each matched term: its
   * alias group's own spelling and a near match (typo, unfinished word) count less.
   */
  #storyBm25(
    matchedTerms: readonly string[],
    tokens: readonly Token[],
    story: string,
    weight: (term: string) => number,
  ): number {
    const counts = this.#storyFrequency.get(story);
    if (!counts) return 0;
    const averageLength = counts.chunks > 0 ? counts.terms.count / counts.chunks : 1;
    let length = 0;
    const frequency = new Map<string, number>();
    for (const token of tokens) {
      for (const term of token.terms) {
        length++;
        frequency.set(term, (frequency.get(term) ?? 0) + 1);
      }
    }
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / (averageLength || 1));
    let score = 0;
    for (const term of matchedTerms) {
      const tf = frequency.get(term) ?? 0;
      if (tf === 0) continue;
      score +=
        weight(term) *
        this.inverseDocumentFrequency(term, story) *
        (BM25_D + (tf * (BM25_K1 + 1)) / (tf + norm));
    }
    return score;
  }

  /**
   * A paragraph's tokens, analysed once and kept (bounded, as a corpus may be large); none for a
   * paragraph the index does not have.
   */
  paragraphTokens(story: string, paragraph: number): readonly Token[] {
    const key = `${story}#${paragraph}`;
    let tokens = this.#tokenCache.get(key);
    if (!tokens) {
      const text = this.#stories.get(story)?.body[paragraph - 1]?.text;
      if (text === undefined) return [];
      if (this.#tokenCache.size >= TOKEN_CACHE_SIZE) this.#tokenCache.clear();
      tokens = this.analyze(text);
      this.#tokenCache.set(key, tokens);
    }
    return tokens;
  }

  /** Number of paragraphs indexed. */
  get size(): number {
    return this.#chunkCount;
  }

  /** Every paragraph that matches what was typed, even only nearly (a story's candidates). */
  searchAll(question: string): Hit[] {
    return [...this.search(question, { limit: 1000, onlyMatching: true }).hits];
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
}

function overlaps(a: Token, b: Token): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A story's names (answerType.ts namesIn), read the first time a question asks a person or a
 * place of it, and kept with the story: a scan of its text (5 ms for a 250 KB story) per story
 * and question would add up over the candidates of a large library.
 */
const namesOfStories = new WeakMap<Story, Set<string>>();
function storyNamesOf(story: Story): Set<string> {
  let names = namesOfStories.get(story);
  if (!names) {
    names = namesIn(story.body.map((p) => p.text));
    namesOfStories.set(story, names);
  }
  return names;
}
