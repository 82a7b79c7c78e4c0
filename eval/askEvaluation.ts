import { readFile } from "node:fs/promises";
import { z } from "zod";
import { askStories } from "../src/answers/ask.js";
import { decodeStoryFile } from "../src/story/decodeStoryFile.js";
import { parseStory } from "../src/story/parseStory.js";
import { StoryLibrary } from "../src/storyLibrary.js";

/** A story's labelled questions: which paragraphs answer each, and questions it cannot answer. */
export const QuestionSetSchema = z.object({
  story: z.string(),
  answerable: z.array(
    z.object({ question: z.string(), paragraphs: z.array(z.number().int().positive()).min(1) }),
  ),
  unanswerable: z.array(z.string()),
});
export type QuestionSet = z.infer<typeof QuestionSetSchema>;

export interface AskMiss {
  readonly question: string;
  readonly expected: readonly number[];
  readonly got: readonly number[];
}

export interface AskScore {
  readonly story: string;
  readonly answerable: number;
  readonly top1: number;
  readonly top3: number;
  /** Answerable questions given no passage, or passages marked "may not answer this directly". */
  readonly declinedAnswerable: number;
  readonly unanswerable: number;
  /** Unanswerable questions given no passage or passages marked "may not answer this directly". */
  readonly rejected: number;
  /** Unanswerable questions given no passage at all. */
  readonly noPassage: number;
  readonly misses: readonly AskMiss[];
  /** Unanswerable questions answered as if the story answered them. */
  readonly falseAnswers: readonly string[];
}

/** Scores `ask` on one story's question set, with that story alone loaded (as Byline ships). */
export function scoreAsk(library: StoryLibrary, set: QuestionSet): AskScore {
  let top1 = 0;
  let top3 = 0;
  let declinedAnswerable = 0;
  const misses: AskMiss[] = [];
  for (const { question, paragraphs } of set.answerable) {
    const { passages, answered } = askStories(library, question, { story: set.story });
    const got = passages.map((passage) => passage.paragraph);
    if (paragraphs.includes(got[0] ?? -1)) top1++;
    else misses.push({ question, expected: paragraphs, got });
    if (got.some((paragraph) => paragraphs.includes(paragraph))) top3++;
    if (!answered) declinedAnswerable++;
  }
  const answers = set.unanswerable.map((question) => ({
    question,
    ...askStories(library, question, { story: set.story }),
  }));
  const falseAnswers = answers.filter((a) => a.answered).map((a) => a.question);
  return {
    story: set.story,
    answerable: set.answerable.length,
    top1,
    top3,
    declinedAnswerable,
    unanswerable: set.unanswerable.length,
    rejected: set.unanswerable.length - falseAnswers.length,
    noPassage: answers.filter((a) => a.passages.length === 0).length,
    misses,
    falseAnswers,
  };
}

export async function loadQuestionSet(file: string): Promise<QuestionSet> {
  return QuestionSetSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

/** Loads one story file into a library of its own. */
export async function loadStoryLibrary(file: string): Promise<StoryLibrary> {
  return new StoryLibrary([parseStory(file, decodeStoryFile(file, await readFile(file)))]);
}
