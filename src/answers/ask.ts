import { UserFacingError } from "../errors.js";
import { bestSentence } from "../search/passageFeatures.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { plainQuestion } from "../text/plainQuestion.js";
import type { Sentence } from "../text/sentences.js";
import { mergeSpans } from "../text/spans.js";
import { type Attribution, attributionFor } from "./attribution.js";

export const MAX_QUESTION_LENGTH = 300;
export const DEFAULT_PASSAGE_COUNT = 3;

/** A paragraph that answers a question (or comes closest), verbatim, with where it comes from. */
export interface Passage {
  readonly story: string;
  readonly paragraph: number;
  readonly text: string;
  /** The ranking model's score (see StoryIndex.search); only comparable within one answer. */
  readonly score: number;
  /** The paragraph's sentence that holds most of the question's matched words. */
  readonly sentence: Sentence;
  /** Spans of `text` (start, end exclusive) that matched the question, for bold. */
  readonly highlights: readonly (readonly [number, number])[];
  readonly attribution: Attribution;
}

/**
 * What /ask gives: the passages, best first, and whether Byline takes the first to answer the
 * question. `answered` is false when the passages are only the closest the stories have (shown
 * as such), and when there are none.
 */
export interface AskAnswer {
  readonly passages: Passage[];
  readonly answered: boolean;
}

export interface AskOptions {
  readonly limit?: number;
  readonly story?: string;
}

/**
 * The story paragraphs that best answer `question`, best first, and whether the first answers it.
 * Passages are empty only when no paragraph shares a word with the question. Mentions and
 * Markdown in the question (`@everyone`, `<#123>`, `**bold**`) are left out before searching
 * (plainQuestion). Throws a UserFacingError for an empty or too long question.
 *
 * @example askStories(library, "How many drones could Iran provide to Russia?")
 * // → { passages: [{ paragraph: 5, … }, …], answered: true }
 */
export function askStories(
  library: StoryLibrary,
  question: string,
  options: AskOptions = {},
): AskAnswer {
  const trimmed = question.trim();
  if (trimmed.length === 0)
    throw new UserFacingError("The question is empty: type what you want to know about the story.");
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new UserFacingError(
      `The question is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_LENGTH}. Shorten it and ask again.`,
    );
  }
  const searched = plainQuestion(trimmed);
  if (searched.length === 0) {
    throw new UserFacingError(
      "The question is only mentions or formatting: type what you want to know about the story.",
    );
  }
  const storyFilter = options.story ? library.story(options.story).id : undefined;
  const { hits, answered } = library.index.search(searched, {
    limit: options.limit ?? DEFAULT_PASSAGE_COUNT,
    ...(storyFilter ? { story: storyFilter } : {}),
  });
  const passages = hits.map((hit): Passage => {
    const story = library.story(hit.story);
    const paragraph = story.body[hit.paragraph - 1];
    if (!paragraph)
      throw new Error(`index points at missing paragraph ${hit.story}#${hit.paragraph}`);
    const tokens = library.index.paragraphTokens(story.id, paragraph.number);
    const matched = tokens.filter((token) => token.terms.some((t) => hit.matchedTerms.has(t)));
    const highlights = mergeSpans(matched.map((token) => [token.start, token.end] as const));
    const { sentence = paragraph.sentences[0] } = bestSentence(
      paragraph.sentences,
      tokens,
      hit.matchedTerms,
      (term) => library.index.inverseDocumentFrequency(term, story.id),
    );
    if (!sentence) throw new Error(`paragraph ${hit.story}#${hit.paragraph} has no sentence`);
    return {
      story: story.id,
      paragraph: paragraph.number,
      text: paragraph.text,
      score: Math.round(hit.score * 100) / 100,
      sentence,
      highlights,
      attribution: attributionFor(story, paragraph.number),
    };
  });
  return { passages, answered };
}
