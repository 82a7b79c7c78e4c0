import type { BodyParagraph, Story } from "../story/types.js";
import type { Sentence } from "../text/sentences.js";

/** A sentence as cached: its place in the paragraph, when its text is the paragraph's there. */
type StoredSentence = Sentence | readonly [start: number, end: number];

/** A story as the cache keeps it: without its file's path, its sentences by place. */
export interface StoredStory extends Omit<Story, "file" | "body"> {
  readonly body: readonly (Omit<BodyParagraph, "sentences"> & {
    readonly sentences: readonly StoredSentence[];
  })[];
}

/**
 * The story to cache. A sentence's text is the paragraph's from its start to its end, so only
 * those are kept: half the size of the cache, which is read at every start.
 */
export function storeStory(story: Story): StoredStory {
  const { file: _, ...kept } = story;
  return {
    ...kept,
    body: story.body.map((paragraph) => ({
      ...paragraph,
      sentences: paragraph.sentences.map((sentence) =>
        paragraph.text.slice(sentence.start, sentence.end) === sentence.text
          ? ([sentence.start, sentence.end] as const)
          : sentence,
      ),
    })),
  };
}

/** The story storeStory kept, read from `file`. */
export function restoreStory(stored: StoredStory, file: string): Story {
  return {
    ...stored,
    file,
    body: stored.body.map((paragraph) => ({
      ...paragraph,
      sentences: paragraph.sentences.map((sentence) =>
        "text" in sentence
          ? sentence
          : {
              text: paragraph.text.slice(sentence[0], sentence[1]),
              start: sentence[0],
              end: sentence[1],
            },
      ),
    })),
  };
}
