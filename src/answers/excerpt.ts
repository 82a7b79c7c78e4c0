import { UserFacingError } from "../errors.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { type Attribution, attributionFor } from "./attribution.js";

/** One paragraph of a story, verbatim, with its attribution. */
export interface Excerpt {
  readonly story: string;
  readonly paragraph: number;
  readonly text: string;
  readonly attribution: Attribution;
}

/**
 * Paragraph ¶`paragraph` of the story (the only story, or the one named). Throws a
 * UserFacingError naming the valid range when there is no such paragraph.
 *
 * @example excerptStory(library, 42) // throws "No paragraph 42: this story has ¶1–¶19."
 */
export function excerptStory(library: StoryLibrary, paragraph: number, storyId?: string): Excerpt {
  const story = library.story(storyId);
  const count = story.body.length;
  const found = Number.isInteger(paragraph) ? story.body[paragraph - 1] : undefined;
  if (!found) {
    const range = count === 1 ? "only ¶1" : `¶1–¶${count}`;
    throw new UserFacingError(`No paragraph ${paragraph}: this story has ${range}.`);
  }
  return {
    story: story.id,
    paragraph: found.number,
    text: found.text,
    attribution: attributionFor(story, found.number),
  };
}
