import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { parseStory } from "../../src/story/parseStory.js";
import type { Story } from "../../src/story/types.js";

/**
 * A file of real readers' questions about news stories, in the format of NewsQA's dev set as
 * `../shared/eval/ask-news-dev.json` packs it: each story with its blank-line paragraphs, its
 * answerable questions (with the 1-based paragraphs the answer overlaps) and its unanswerable ones.
 * Only the fields the evaluation reads are required.
 */
const AskNewsFileSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string().min(1),
      article: z.string().min(1),
      questions: z.array(
        z.object({ q: z.string().min(1), paragraphs: z.array(z.number().int().positive()).min(1) }),
      ),
      unanswerable: z.array(z.object({ q: z.string().min(1) })).default([]),
    }),
  ),
});

export type Half = "tune" | "check";

export interface AskNewsQuestion {
  readonly question: string;
  /** Paragraph numbers (Byline's ¶n) that hold the answer. */
  readonly paragraphs: readonly number[];
}

export interface AskNewsStory {
  readonly id: string;
  readonly half: Half;
  readonly story: Story;
  readonly answerable: readonly AskNewsQuestion[];
  readonly unanswerable: readonly string[];
}

const PARAGRAPH_BREAK = /\n[ \t]*(?:\n[ \t]*)+/;

/**
 * Which half a story is in: the parity of the first byte of sha1(id). Fixed for an id, whatever
 * else is in the file, and about even on any set of ids.
 */
export function halfOf(id: string): Half {
  const firstByte = createHash("sha1").update(id).digest()[0] ?? 0;
  return firstByte % 2 === 0 ? "tune" : "check";
}

/** Reads an ask-news file; its answer paragraphs are renumbered as Byline numbers the story. */
export async function loadAskNews(file: string): Promise<AskNewsStory[]> {
  const parsed = AskNewsFileSchema.parse(JSON.parse(await readFile(file, "utf8")));
  return parsed.articles.map((article) => {
    const story = parseStory(`${article.id}.txt`, article.article);
    const toByline = paragraphNumbering(article.article, story);
    const answerable = article.questions.map(({ q, paragraphs }) => ({
      question: q,
      paragraphs: paragraphs.flatMap((n) => toByline.get(n) ?? []),
    }));
    return {
      id: article.id,
      half: halfOf(article.id),
      story,
      answerable,
      unanswerable: article.unanswerable.map(({ q }) => q),
    };
  });
}

/**
 * The file counts paragraphs of the raw text; Byline leaves headlines and credit lines out of its
 * numbering. Each raw paragraph maps to the Byline paragraph with the same text, if any.
 */
function paragraphNumbering(article: string, story: Story): Map<number, number> {
  const raw = article.split(PARAGRAPH_BREAK).filter((text) => text.trim().length > 0);
  const byText = new Map(story.body.map((p) => [normalise(p.text), p.number]));
  const numbering = new Map<number, number>();
  raw.forEach((text, index) => {
    const number = byText.get(normalise(text));
    if (number !== undefined) numbering.set(index + 1, number);
  });
  return numbering;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
