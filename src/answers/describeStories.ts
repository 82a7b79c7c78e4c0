import { basename } from "node:path";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";

/** A loaded story's metadata, as the /story command shows it. */
export interface StoryCard {
  readonly story: string;
  readonly title: string;
  readonly outlet?: string;
  readonly contributors: readonly string[];
  readonly url?: string;
  readonly published?: string;
  readonly paragraphs: number;
  readonly file: string;
}

/** The loaded stories with their metadata and paragraph counts, in corpus order. */
export function describeStories(library: StoryLibrary): StoryCard[] {
  return library.stories.map(storyCard);
}

export function storyCard(story: Story): StoryCard {
  return {
    story: story.id,
    title: story.title,
    ...(story.outlet ? { outlet: story.outlet } : {}),
    contributors: story.contributors,
    ...(story.url ? { url: story.url } : {}),
    ...(story.published ? { published: story.published } : {}),
    paragraphs: story.body.length,
    file: basename(story.file),
  };
}
