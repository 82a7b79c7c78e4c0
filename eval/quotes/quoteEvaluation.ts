import { MAX_QUOTE_LENGTH, whoSaid } from "../../src/answers/whoSaid.js";
import { nameWithSource } from "../../src/render/speakerName.js";
import type { StatementRule } from "../../src/statements/types.js";
import { parseStory } from "../../src/story/parseStory.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { foldText } from "../../src/text/fold.js";
import type { QuoteItem } from "./quoteSet.js";

/**
 * What `/who said` made of one quote. For a named speaker: `right` when the answer shown (the
 * speaker's name, and the outer source beside it when the story credits one) contains the item's key, `other` when it names someone else, `none` when it names no one. Pronoun and
 * nominal items have no key (the annotation does not say who "he" is), so they are only `named`
 * or `none`.
 */
export type QuoteOutcome = "right" | "other" | "none" | "named";

export interface AttributedQuote {
  readonly item: QuoteItem;
  /** The speaker Byline names first (with the outer source shown beside them), or "" for no one. */
  readonly answer: string;
  /** Which reading of the story found the statement answered with. */
  readonly rule?: StatementRule;
  readonly outcome: QuoteOutcome;
}

/**
 * Asks `/who said` for every quote, with its article as the only story loaded; `withoutRules`
 * leaves readings out, to measure what each adds.
 */
export function attributeQuotes(
  items: readonly QuoteItem[],
  withoutRules: ReadonlySet<StatementRule> = new Set(),
): AttributedQuote[] {
  const libraryOf = articleLibraries(withoutRules);
  return items.map((item) => {
    const library = libraryOf(item);
    const first = whoSaid(library, item.quote.slice(0, MAX_QUOTE_LENGTH)).statements[0];
    // The answer as shown: the speaker, and the outer source beside them when the story credits one.
    const answer = first ? nameWithSource(first.speaker.name, first.via) : "";
    const story = library.story();
    const rule = library
      .statementsOf(story)
      .statements.find((s) => s.paragraph === first?.paragraph && s.text === first.text)?.rule;
    return { item, answer, outcome: outcomeOf(item, answer), ...(rule ? { rule } : {}) };
  });
}

/**
 * The library of an item's article, its only story: read once per article, since many items
 * share one.
 */
export function articleLibraries(
  withoutRules: ReadonlySet<StatementRule> = new Set(),
): (item: QuoteItem) => StoryLibrary {
  const libraries = new Map<string, StoryLibrary>();
  return (item) => {
    let library = libraries.get(item.articleId);
    if (!library) {
      library = new StoryLibrary(
        [parseStory(`article-${libraries.size + 1}.txt`, item.article)],
        [],
        withoutRules,
      );
      libraries.set(item.articleId, library);
    }
    return library;
  };
}

export function outcomeOf(item: QuoteItem, answer: string): QuoteOutcome {
  if (answer === "") return "none";
  if (item.speakerKey === null) return "named";
  // Compared folded (case, accents, curly apostrophes): "O’Neill" is "O'Neill".
  return foldText(answer).includes(foldText(item.speakerKey)) ? "right" : "other";
}

/** Named-speaker items (a name or organisation with a key): the accuracy the issue targets. */
export const isNamedItem = (q: AttributedQuote) =>
  q.item.speakerKind === "name_or_org" && q.item.speakerKey !== null;

export interface QuoteTally {
  readonly all: number;
  readonly right: number;
  readonly other: number;
  readonly none: number;
}

export function tally(quotes: readonly AttributedQuote[]): QuoteTally {
  const count = (outcome: QuoteOutcome) => quotes.filter((q) => q.outcome === outcome).length;
  return { all: quotes.length, right: count("right"), other: count("other"), none: count("none") };
}

/** Every reading of who said what, as `eval --quotes --ablate` leaves each out in turn. */
export const STATEMENT_RULES: readonly StatementRule[] = [
  "quote, then speaker",
  "speaker, then quote",
  "quote goes on",
  "reported speech",
  "verb in the sentence",
  "name as label",
];
