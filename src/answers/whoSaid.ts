import { UserFacingError } from "../errors.js";
import { isAliasOnly, type Token } from "../search/analyzer.js";
import type { StoryStatements } from "../statements/analyzeStory.js";
import { contradicts, negatedRightBefore, readsAsClaim } from "../statements/polarity.js";
import { joinQuotePieces, PIECE_GAP } from "../statements/quotePieces.js";
import { findQuoteSpans, type QuoteSpan } from "../statements/quoteSpans.js";
import { isDenial } from "../statements/speechVerbs.js";
import {
  matchStatements,
  type StatementMatch,
  type TextWords,
  textWords,
} from "../statements/statementIndex.js";
import type { Speaker, Statement } from "../statements/types.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { withoutContractions } from "../text/contractions.js";
import { foldText } from "../text/fold.js";
import { isFragmentOf } from "../text/fragment.js";
import { plainQuestion } from "../text/plainQuestion.js";
import { mergeSpans } from "../text/spans.js";
import { type Attribution, attributionFor } from "./attribution.js";
import { candidateStories } from "./candidateStories.js";

export const MAX_QUOTE_LENGTH = 300;

/**
 * Share of the typed words' weight a statement must hold to be the one meant. Four fifths lets a
 * fragment with a typo through (a near match counts 0.8) and keeps out text that shares a statement's
 * topic but changes its claim ("the water treatment plant has been destroyed").
 */
export const MIN_STATEMENT_COVERAGE = 0.8;
/**
 * A pasted passage that holds a statement: the passage must hold this share of the statement's
 * word weight, the statement this share of the passage's, and the statement this many words.
 * Measured on the tune half of the PolNeAR quotes (2,444 named speakers; eval `--quotes`), where
 * annotated quotes often carry the reporter's words around them: without this reading 2,055 right
 * / 89 wrong; passage share 0.55 gave 2,093 / 101, 0.4 2,107 / 107, 0.3 2,119 / 109, 0.2
 * 2,123 / 111. Most of the added wrong answers are quotes the annotation gives to an outer source
 * ("…, Ruiz said, according to the Harbor Star"), whose words Byline gives to who said them.
 * Taking part of a statement with words of its own paragraph added 3 right, 0 wrong (2,122 / 109).
 */
const MIN_STATEMENT_HELD = 0.9;
const MIN_HELD_SHARE = 0.3;
const MIN_HELD_WORDS = 3;
/** The best-matching statements read for it: the work stays bounded at thousands of stories. */
const MAX_HELD_CANDIDATES = 20;
/** …or, pasted from the statement's paragraph, this share of the statement's words. */
const MIN_PART_HELD = 0.5;
/** Statements within this share of the best one are listed as close alternatives. */
const ALTERNATIVE_MARGIN = 0.9;
/** The story's own words (outside every statement) must hold this share of the typed words. */
const MIN_NARRATION_COVERAGE = 0.67;

/** A statement that answers "who said …", with where it is and the words that matched. */
export interface StatementAnswer {
  readonly story: string;
  readonly paragraph: number;
  readonly text: string;
  readonly kind: Statement["kind"];
  readonly runsOn?: boolean;
  readonly speaker: Speaker;
  /** The outer source the statement's sentence credits as the channel of the words, if any. */
  readonly via?: string;
  readonly cue: string;
  readonly score: number;
  readonly highlights: readonly (readonly [number, number])[];
  readonly attribution: Attribution;
}

export interface WhoSaidAnswer {
  /** The statement meant, then close alternatives; empty when no one in the story said it. */
  readonly statements: readonly StatementAnswer[];
  /**
   * When no one said it: the statement that says the opposite with the same words ("the outcome
   * said much" against "she did not think the outcome said much").
   */
  readonly opposite?: StatementAnswer;
  /**
   * When no statement holds the words but a quotation does whose speaker Byline cannot read: its
   * paragraph, to read, and no name.
   */
  readonly unattributed?: {
    readonly story: string;
    readonly paragraph: number;
    readonly text: string;
    readonly attribution: Attribution;
  };
  /**
   * When no one said it: the paragraph whose own words (outside any statement) hold the typed
   * words, and whether they hold them as typed (`exact`) or only come closest.
   */
  readonly narration?: {
    readonly story: string;
    readonly paragraph: number;
    readonly text: string;
    readonly exact: boolean;
    readonly attribution: Attribution;
  };
}

/**
 * Who in the story said `quote`: exact words, a fragment, a paraphrase or a misspelling of a
 * statement. Names no one when nothing in the stories' statements matches; says so when the words
 * are the reporter's own narration.
 *
 * @example whoSaid(library, "baseless").statements[0].speaker // → { name: "Hossein Amirabdollahian", role: "Iran's Foreign Minister", … }
 */
export function whoSaid(library: StoryLibrary, quote: string, storyId?: string): WhoSaidAnswer {
  const query = typedQuery(library, checkedQuote(quote));
  const stories = candidateStories(library, query.typed, storyId);
  const matched = matchedStatements(
    query,
    stories.flatMap((story) => matchablesOf(library, story).statements),
  );
  const close = closeStatements(query, matched);
  const said = statementsSaying(query, close);
  if (said.length > 0) {
    return { statements: said.map((match) => statementAnswer(library, match, query.terms)) };
  }
  const held = statementsHeld(library, query, matched);
  if (held.length > 0) {
    return { statements: held.map((match) => statementAnswer(library, match, query.terms)) };
  }
  // No match said it, so the closest words, if any, say otherwise.
  const [opposed] = close;
  const opposite = opposed ? { opposite: statementAnswer(library, opposed, query.terms) } : {};
  if (query.tokens.length === 0) return { statements: [], ...opposite };
  const unattributed = unattributedQuotation(library, query, stories);
  if (unattributed) return { statements: [], ...opposite, unattributed };
  const narration = closestNarration(library, query, stories);
  return { statements: [], ...opposite, ...(narration ? { narration } : {}) };
}

function checkedQuote(quote: string): string {
  const typed = quote.trim();
  if (typed === "")
    throw new UserFacingError("Type the words you want the speaker of, e.g. /who said baseless.");
  if (typed.length > MAX_QUOTE_LENGTH) {
    throw new UserFacingError(
      `The quote is ${typed.length} characters long; the limit is ${MAX_QUOTE_LENGTH}. Type a shorter part of it.`,
    );
  }
  // Mentions and Markdown are Discord's, not the speaker's words (as for /ask).
  const plain = plainQuestion(typed);
  if (plain === "") {
    throw new UserFacingError(
      "The quote is only mentions or formatting: type the words you want the speaker of.",
    );
  }
  return plain;
}

/** The typed words, analysed once, and how a story's texts are weighed against them. */
interface TypedQuery {
  readonly typed: string;
  readonly tokens: readonly Token[];
  readonly terms: readonly string[];
  /** The texts holding the typed words, best first, each with the share of their weight it holds. */
  match<T extends { readonly text: string }>(texts: readonly T[]): StatementMatch<T>[];
  /** Whether a text says what the typed words say, not the opposite. */
  sameSense(text: string): boolean;
}

function typedQuery(library: StoryLibrary, typed: string): TypedQuery {
  const { index } = library;
  const tokens = index.analyze(typed);
  const wordsOf = (item: { readonly text: string }) => {
    let words = readWords.get(item);
    if (!words) {
      words = textWords(item.text, index.analyze);
      readWords.set(item, words);
    }
    return words;
  };
  // Same words, opposite claim ("the budget fixes the gap" against "it does not fix the gap"):
  // not what was said. Words copied as they stand are, unless they make a claim the statement
  // negates ("the outcome said much" from "she did not think the outcome said much").
  // Tagging the typed words costs a millisecond: only when a negation stands right before them.
  let typedIsClaim: boolean | undefined;
  const isClaim = () => {
    typedIsClaim ??= readsAsClaim(typed);
    return typedIsClaim;
  };
  return {
    typed,
    tokens,
    terms: [...new Set(tokens.flatMap((token) => token.terms))],
    match: (texts) =>
      matchStatements(typed, tokens, texts, wordsOf, (term) =>
        index.inverseDocumentFrequency(term),
      ),
    sameSense: (text) =>
      (isFragmentOf(typed, text) && !(negatedRightBefore(typed, text) && isClaim())) ||
      !contradicts(typed, text, index.analyze),
  };
}

/**
 * The statements that hold enough of the typed words, best first; of two equally close, the one
 * with the words as typed ("This … was never about money" against another that only shares
 * "money"), then the one with fewer words besides (a quote before the outlet's account of it).
 */
function closeStatements(query: TypedQuery, matched: readonly StatementMatch[]): StatementMatch[] {
  const close = matched.filter((m) => m.coverage >= MIN_STATEMENT_COVERAGE);
  const asTyped = new Map(
    close.map((m) => [
      m,
      isFragmentOf(query.typed, m.statement.text.replaceAll(PIECE_GAP, " ")) ? 1 : 0,
    ]),
  );
  return close.sort(
    (a, b) =>
      b.coverage - a.coverage ||
      (asTyped.get(b) ?? 0) - (asTyped.get(a) ?? 0) ||
      a.statement.text.length - b.statement.text.length,
  );
}

/** Every statement holding any of the typed words, best first (only verbatim ones for typed stop words). */
function matchedStatements(query: TypedQuery, statements: readonly Statement[]): StatementMatch[] {
  return query.tokens.length === 0
    ? matchVerbatim(query.typed, statements)
    : query.match(statements);
}

/**
 * A passage pasted with words around a quote ("…she said the pier "will open in May" despite the
 * storms"): the statements that make up a good share of it, when it is nearly all words of their
 * paragraph or holds nearly all of theirs, each once, in the order of how much of it they hold.
 */
function statementsHeld(
  library: StoryLibrary,
  query: TypedQuery,
  matched: readonly StatementMatch[],
): StatementMatch[] {
  const typedTerms = new Set(query.terms);
  const held: StatementMatch[] = [];
  for (const match of matched.slice(0, MAX_HELD_CANDIDATES)) {
    if (held.length === 3 || match.coverage < MIN_HELD_SHARE) break;
    const { statement } = match;
    // A denial's words pasted are what was denied, not said (see `opposite`).
    if (isDenial(statement.cue) || !query.sameSense(statement.text)) continue;
    if (held.some((other) => overlaps(other.statement, statement))) continue;
    const share = heldShare(library, statement, typedTerms);
    const paragraph = library.story(statement.story).body[statement.paragraph - 1];
    // Part of the statement, with the reporter's words around it in its paragraph.
    const fromItsParagraph =
      share >= MIN_PART_HELD &&
      paragraph !== undefined &&
      (query.match([paragraph])[0]?.coverage ?? 0) >= MIN_STATEMENT_HELD;
    if (fromItsParagraph || share >= MIN_STATEMENT_HELD) held.push(match);
  }
  return held;
}

/** Share of a statement's word weight that the typed words hold. */
function heldShare(library: StoryLibrary, statement: Statement, typedTerms: ReadonlySet<string>) {
  const words = weightedWordsOf(library, statement);
  if (words.length < MIN_HELD_WORDS) return 0;
  const total = words.reduce((sum, word) => sum + word.weight, 0);
  const found = words
    .filter((word) => word.terms.some((term) => typedTerms.has(term)))
    .reduce((sum, word) => sum + word.weight, 0);
  return total === 0 ? 0 : found / total;
}

/** A statement's words with their weights (rarity), read once per statement. */
const weightedWords = new WeakMap<Statement, { terms: readonly string[]; weight: number }[]>();

function weightedWordsOf(library: StoryLibrary, statement: Statement) {
  let words = weightedWords.get(statement);
  if (!words) {
    const { index } = library;
    words = index
      .analyze(statement.text)
      .filter((token) => !isAliasOnly(token))
      .map((token) => ({
        terms: token.terms,
        weight: Math.min(...token.terms.map((term) => index.inverseDocumentFrequency(term))),
      }));
    weightedWords.set(statement, words);
  }
  return words;
}

/** The statement meant and up to two close alternatives: those that say it in the same sense. */
function statementsSaying(query: TypedQuery, close: readonly StatementMatch[]): StatementMatch[] {
  // "denied any wrongdoing": the cue is part of the claim.
  const senseOf = ({ statement }: StatementMatch) =>
    isDenial(statement.cue) ? `${statement.cue} ${statement.text}` : statement.text;
  const chosen: StatementMatch[] = [];
  for (const match of close.filter((m) => query.sameSense(senseOf(m)))) {
    const best = chosen[0];
    if (chosen.length === 3 || (best && match.coverage < best.coverage * ALTERNATIVE_MARGIN)) break;
    // A run of statements and the statements in it are one answer, not alternatives.
    if (!chosen.some((other) => overlaps(other.statement, match.statement))) chosen.push(match);
  }
  return chosen;
}

/** Quoted, but with no speaker Byline can read: the paragraph, never a guessed name. */
function unattributedQuotation(
  library: StoryLibrary,
  query: TypedQuery,
  stories: readonly Story[],
): WhoSaidAnswer["unattributed"] {
  const quotations = stories.flatMap((story) => matchablesOf(library, story).quotations);
  const [quoted] = query
    .match(quotations)
    .filter((m) => m.coverage >= MIN_STATEMENT_COVERAGE && query.sameSense(m.statement.text));
  if (!quoted) return undefined;
  const { story, paragraph } = quoted.statement;
  return { ...paragraphOf(story, paragraph), attribution: attributionFor(story, paragraph) };
}

/** The paragraph whose own words come closest to the typed words, and whether it has them as typed. */
function closestNarration(
  library: StoryLibrary,
  query: TypedQuery,
  stories: readonly Story[],
): WhoSaidAnswer["narration"] {
  const narration = stories.flatMap((story) => matchablesOf(library, story).narration);
  const [closest] = query.match(narration).filter(
    // The story's words as printed are shown even under a negation, as only the closest (`exact`).
    (m) =>
      m.coverage >= MIN_NARRATION_COVERAGE &&
      (isFragmentOf(query.typed, m.statement.text) || query.sameSense(m.statement.text)),
  );
  if (!closest) return undefined;
  const { story, paragraph } = closest.statement;
  return {
    ...paragraphOf(story, paragraph),
    // Printed is not said: "Police did not say whether Whitcomb had prior convictions".
    exact: closest.statement.pieces.some(
      (piece) =>
        isFragmentOf(query.typed, piece) && !contradicts(query.typed, piece, library.index.analyze),
    ),
    attribution: attributionFor(story, paragraph),
  };
}

function paragraphOf(story: Story, paragraph: number) {
  return { story: story.id, paragraph, text: story.body[paragraph - 1]?.text ?? "" };
}

/** A paragraph's own words, outside its statements: what the reporter says. */
interface Narration {
  readonly story: Story;
  readonly paragraph: number;
  readonly pieces: readonly string[];
  readonly text: string;
}

/**
 * What /who said matches in a story, worked out once per story as the library read it: the
 * statements with their runs, and each paragraph's narration.
 */
const matchables = new WeakMap<
  StoryStatements,
  {
    readonly statements: readonly Statement[];
    readonly narration: readonly Narration[];
    /** Quotations in no statement: someone's words, with no speaker read. */
    readonly quotations: readonly Narration[];
  }
>();
/** The words of each statement, run and narration, read once (each belongs to one library). */
const readWords = new WeakMap<object, TextWords>();

function matchablesOf(library: StoryLibrary, story: Story) {
  const read = library.statementsOf(story);
  let found = matchables.get(read);
  if (!found) {
    // Each paragraph's statements and quotations, read once for its narration and its quotations.
    const statementSpans = new Map<number, (readonly [number, number])[]>();
    for (const statement of read.statements) {
      const spans = statementSpans.get(statement.paragraph) ?? [];
      spans.push(...statement.spans);
      statementSpans.set(statement.paragraph, spans);
    }
    const narration: Narration[] = [];
    const quotations: Narration[] = [];
    for (const { text, number: paragraph } of story.body) {
      const taken = statementSpans.get(paragraph) ?? [];
      const quotes = findQuoteSpans(text);
      const pieces = reportersWords(text, taken, quotes);
      narration.push({ story, paragraph, pieces, text: pieces.join(" … ") });
      for (const quoted of unattributedQuotes(text, taken, quotes))
        quotations.push({ story, paragraph, pieces: [quoted], text: quoted });
    }
    found = { statements: withRuns(read.statements), narration, quotations };
    matchables.set(read, found);
  }
  return found;
}

/** The words of a paragraph's quotations that no statement holds, as printed. */
function unattributedQuotes(
  text: string,
  taken: readonly (readonly [number, number])[],
  quotes: readonly QuoteSpan[],
): string[] {
  return (
    quotes
      .filter((quote) => !taken.some(([start, end]) => start < quote.close && quote.open < end))
      .map((quote) => text.slice(quote.start, quote.end))
      // A name in quotes ("Operation Warp Speed") or one word is a title or a term, not speech.
      .filter(
        (quoted) =>
          quoted.trim().split(/\s+/).length >= 2 &&
          !/^(?:\p{Lu}[\p{L}'’-]*[\s,.]*)+$/u.test(quoted.trim()),
      )
  );
}

/**
 * What the reporter says in their own voice in a paragraph: the stretches between its statements,
 * each as printed (words on either side of a statement were never printed side by side).
 */
function reportersWords(
  text: string,
  statementSpans: readonly (readonly [number, number])[],
  quotes: readonly QuoteSpan[],
): string[] {
  // Quoted words are never the reporter's, attributed or not ("… Tolliver said. "He shouldn't."").
  const taken = [...statementSpans, ...quotes.map((quote) => [quote.open, quote.close] as const)];
  const pieces: string[] = [];
  let cursor = 0;
  for (const [start, end] of mergeSpans(taken)) {
    pieces.push(text.slice(cursor, start));
    cursor = Math.max(cursor, end);
  }
  pieces.push(text.slice(cursor));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

function overlaps(a: Statement, b: Statement): boolean {
  return (
    a.story === b.story &&
    a.paragraph === b.paragraph &&
    a.spans.some(([start, end]) =>
      b.spans.some(([otherStart, otherEnd]) => start < otherEnd && otherStart < end),
    )
  );
}

/**
 * Text made only of common words ("Not going to go into that.") has nothing to weigh: it matches
 * the statements that contain it as written (case, accents and quote marks aside).
 */
function matchVerbatim(typed: string, statements: readonly Statement[]): StatementMatch[] {
  const plain = (text: string) =>
    withoutContractions(foldText(text))
      .replace(/["']/g, "")
      .replace(/\s+/g, " ")
      .replace(/[.!?,\s]+$/, "")
      .trim();
  const wanted = plain(typed);
  return statements
    .filter((statement) => plain(statement.text).includes(wanted))
    .map((statement) => ({ statement, coverage: 1 }));
}

/**
 * The statements, plus each run of consecutive statements by one speaker in one paragraph as a
 * single candidate: people quote a speaker's words across the attribution that splits them. A run
 * that holds any paraphrase is a paraphrase ("reported"), never shown as one quote.
 */
function withRuns(statements: readonly Statement[]): Statement[] {
  const candidates = [...statements];
  let run: Statement[] = [];
  const flush = () => {
    if (run.length > 1) {
      const [first] = run;
      if (first) {
        candidates.push({
          ...first,
          kind: run.every((s) => s.kind === "direct") ? "direct" : "reported",
          text: joinQuotePieces(run.map((s) => s.text)),
          spans: run.flatMap((s) => s.spans),
        });
      }
    }
    run = [];
  };
  for (const statement of statements) {
    const last = run.at(-1);
    if (
      last &&
      (last.paragraph !== statement.paragraph ||
        last.speaker.name !== statement.speaker.name ||
        last.story !== statement.story)
    )
      flush();
    run.push(statement);
  }
  flush();
  return candidates;
}

function statementAnswer(
  library: StoryLibrary,
  match: StatementMatch,
  typedTerms: readonly string[],
): StatementAnswer {
  const { statement } = match;
  const story = library.story(statement.story);
  const wanted = new Set(typedTerms);
  const highlights = mergeSpans(
    library.index
      .analyze(statement.text)
      .filter((token) => token.terms.some((term) => wanted.has(term)))
      .map((token) => [token.start, token.end] as const),
  );
  return {
    story: statement.story,
    paragraph: statement.paragraph,
    text: statement.text,
    kind: statement.kind,
    ...(statement.runsOn ? { runsOn: true } : {}),
    speaker: statement.speaker,
    ...(statement.via ? { via: statement.via } : {}),
    cue: statement.cue,
    score: Math.round(match.coverage * 100) / 100,
    highlights,
    attribution: attributionFor(story, statement.paragraph),
  };
}
