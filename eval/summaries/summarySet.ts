import { readFile } from "node:fs/promises";
import { z } from "zod";
import { parseStory } from "../../src/story/parseStory.js";
import type { Story } from "../../src/story/types.js";
import { type Half, halfOf } from "../askNews/askNewsSet.js";

/** A file of news articles with their human-written highlights, such as CNN/Daily Mail's (see README). */
const SummaryFileSchema = z.array(
  z.object({
    id: z.string(),
    article: z.string(),
    reference_summary: z.string(),
  }),
);

/** One article to summarise, with the highlights its newsroom wrote and the half it is in. */
export interface SummaryItem {
  readonly id: string;
  readonly file: string;
  readonly half: Half;
  readonly story: Story;
  /** The reference highlights, one per line. */
  readonly reference: readonly string[];
}

export async function loadSummaries(file: string): Promise<SummaryItem[]> {
  const items = SummaryFileSchema.parse(JSON.parse(await readFile(file, "utf8")));
  return items.map((item) => ({
    id: item.id,
    file,
    half: halfOf(item.id),
    story: parseStory(`${item.id}.txt`, item.article),
    reference: item.reference_summary.split("\n").filter((line) => line.trim() !== ""),
  }));
}
