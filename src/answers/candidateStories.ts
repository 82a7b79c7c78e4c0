import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { foldText } from "../text/fold.js";

/** How many stories, best matching first, have their statements read for one question. */
const MAX_CANDIDATE_STORIES = 10;

/**
 * The stories worth reading for statements: with one story, that one; with many, those whose
 * paragraphs match the typed words best (the paragraph index finds them in milliseconds, while
 * reading a story's statements takes a few), so the answer stays fast at thousands of stories.
 */
export function candidateStories(
  library: StoryLibrary,
  typed: string,
  storyId?: string,
): readonly Story[] {
  const stories = library.storiesFor(storyId);
  if (stories.length <= 1) return stories;
  const wanted = new Set(library.index.searchAll(typed).map((hit) => hit.story));
  // Words the index knows and no paragraph matches are in no story: reading every paragraph for
  // them would only cost time (half a second at 10,000 stories, on every such question). Text of
  // stop words alone ("it is what it is") the index cannot look up, so only that is read through.
  if (wanted.size === 0 && library.index.analyze(typed).length === 0) {
    const plain = foldText(typed);
    return stories
      .filter((story) => story.body.some((paragraph) => foldText(paragraph.text).includes(plain)))
      .slice(0, MAX_CANDIDATE_STORIES);
  }
  return [...wanted].slice(0, MAX_CANDIDATE_STORIES).map((id) => library.story(id));
}
