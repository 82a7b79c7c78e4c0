import type { StoryStatements } from "../statements/analyzeStory.js";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { isDescription } from "./describedPeople.js";
import { type StoryCard, storyCard } from "./describeStories.js";

/** What Byline read in an uploaded story, for a moderator to check before it is saved. */
export interface StoryPreview {
  /** The file name it is saved under. */
  readonly file: string;
  readonly card: StoryCard;
  /** The people the story names as speakers or with a role, as /who is knows them. */
  readonly people: readonly string[];
  /** The loaded story of the same id that saving would replace. */
  readonly replaces?: StoryCard;
}

export function previewStory(
  story: Story,
  statements: StoryStatements,
  library: StoryLibrary,
): StoryPreview {
  const loaded = library.find(story.id);
  return {
    file: story.file,
    card: storyCard(story),
    // "Residents said …" quotes residents; they are no one the story names.
    people: statements.people.map((person) => person.name).filter((name) => !isDescription(name)),
    ...(loaded ? { replaces: storyCard(loaded) } : {}),
  };
}
