import type { Sentence } from "../text/sentences.js";

/** A paragraph of the story's body, numbered ¶1…¶N in reading order. */
export interface BodyParagraph {
  readonly number: number;
  /** The paragraph exactly as the story has it (line breaks inside it joined by spaces). */
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/**
 * Text that is in the file but is not the story's body: a publisher's all-caps link to a related
 * story, a Markdown heading, the closing credit line, or a web page's share buttons copied with
 * the story. Kept, never answered with, never numbered.
 */
export interface AsideParagraph {
  readonly kind: "headline" | "credit" | "page";
  readonly text: string;
  /** Number of the body paragraph it follows (0 when it comes before the body). */
  readonly after: number;
}

/** Where the story's title came from: the file's front matter, its first heading, or its lede. */
export type TitleSource = "front-matter" | "heading" | "lede";

export interface StoryMetadata {
  readonly title: string;
  readonly titleSource: TitleSource;
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
  readonly contributors: readonly string[];
}

/** One news story of the corpus. */
export interface Story extends StoryMetadata {
  /** The file name without its extension: how commands name the story. */
  readonly id: string;
  readonly file: string;
  readonly body: readonly BodyParagraph[];
  readonly asides: readonly AsideParagraph[];
}
