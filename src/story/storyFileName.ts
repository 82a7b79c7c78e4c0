import { extname } from "node:path";
import { UserFacingError } from "../errors.js";
import { STORY_EXTENSIONS } from "./parseStory.js";

/**
 * The corpus file name for an uploaded story: its own name in lower case with anything but
 * letters, digits, "-" and "_" made "-" (the id commands name it by), and its extension, which
 * must be one corpus/ takes. Throws a UserFacingError naming what is accepted.
 */
export function storyFileName(uploaded: string): string {
  const extension = extname(uploaded).toLowerCase();
  if (!(STORY_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserFacingError(
      `"${uploaded}" is not a story file: Byline reads .txt and .md files (see the README, "Adding a story").`,
    );
  }
  const id = uploaded
    .slice(0, uploaded.length - extension.length)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  if (!id) {
    throw new UserFacingError(
      `"${uploaded}" needs a name of letters or digits: commands name the story by it (e.g. harbor-city-budget.md).`,
    );
  }
  return `${id}${extension}`;
}
