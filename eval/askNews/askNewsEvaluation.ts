import { askStories } from "../../src/answers/ask.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import type { AskNewsStory, Half } from "./askNewsSet.js";
import { type Baseline, miniSearchDefaults, plainBm25, porterBm25WithLead } from "./baselines.js";

/** What a system answered to one question: paragraph numbers best first, and whether it was sure. */
export interface SystemAnswer {
  readonly paragraphs: readonly number[];
  /** False when the system shows passages but says the story may not answer the question. */
  readonly answered: boolean;
}

/** A system under evaluation: given one story, answers questions about it. */
export interface AskSystem {
  readonly name: string;
  readonly prepare: (story: AskNewsStory) => (question: string) => SystemAnswer;
}

export type MissKind = "declined" | "ranked lower" | "no shared word";

export interface AskNewsMiss {
  readonly story: string;
  readonly question: string;
  readonly expected: readonly number[];
  readonly got: readonly number[];
  readonly kind: MissKind;
}

export interface AskNewsScore {
  readonly system: string;
  readonly half: Half | "all";
  readonly stories: number;
  readonly answerable: number;
  readonly top1: number;
  readonly top3: number;
  /** Sum of 1/rank for answers in the top 3 (MRR@3 once divided by `answerable`). */
  readonly reciprocalRank: number;
  /** Answerable questions given no passage, or passages marked as possibly not answering. */
  readonly declinedAnswerable: number;
  readonly unanswerable: number;
  readonly declinedUnanswerable: number;
  readonly misses: readonly AskNewsMiss[];
}

const TOP = 3;

/** Byline's `/ask`, with the story alone loaded as a server with one story would have it. */
export const bylineSystem: AskSystem = {
  name: "Byline /ask",
  prepare(item) {
    const library = libraryFor(item);
    return (question) => {
      const { passages, answered } = askStories(library, question, { limit: TOP });
      return { paragraphs: passages.map((p) => p.paragraph), answered };
    };
  },
};

function baselineSystem(name: string, baseline: Baseline): AskSystem {
  return {
    name,
    prepare({ story }) {
      const rank = baseline(story.body.map((p) => p.text));
      return (question) => {
        const paragraphs = rank(question).map((index) => index + 1);
        return { paragraphs, answered: paragraphs.length > 0 };
      };
    },
  };
}

export const BASELINES: readonly AskSystem[] = [
  baselineSystem("BM25, no stemming", plainBm25),
  baselineSystem("BM25 + Porter + lead", porterBm25WithLead),
  baselineSystem("MiniSearch defaults", miniSearchDefaults),
];

/**
 * Scores each system on each half and on all stories. `sharesWord` tells whether a question shares
 * a content word with a paragraph, to file misses of the first system by kind.
 */
export function scoreAskNews(
  stories: readonly AskNewsStory[],
  systems: readonly AskSystem[],
  sharesWord: (story: AskNewsStory, question: string, paragraph: number) => boolean,
): AskNewsScore[] {
  const scores: AskNewsScore[] = [];
  for (const system of systems) {
    const perHalf = (["tune", "check"] as const).map((half) =>
      scoreHalf(
        system,
        half,
        stories.filter((s) => s.half === half),
        sharesWord,
      ),
    );
    scores.push(...perHalf, combine(perHalf));
  }
  return scores;
}

function scoreHalf(
  system: AskSystem,
  half: Half,
  stories: readonly AskNewsStory[],
  sharesWord: (story: AskNewsStory, question: string, paragraph: number) => boolean,
): AskNewsScore {
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  let reciprocalRank = 0;
  let declinedAnswerable = 0;
  let unanswerable = 0;
  let declinedUnanswerable = 0;
  const misses: AskNewsMiss[] = [];
  for (const item of stories) {
    const answer = system.prepare(item);
    for (const { question, paragraphs: expected } of item.answerable) {
      if (expected.length === 0) continue;
      answerable++;
      const { paragraphs, answered } = answer(question);
      const got = paragraphs.slice(0, TOP);
      const rank = got.findIndex((p) => expected.includes(p));
      if (rank === 0) top1++;
      if (rank >= 0) {
        top3++;
        reciprocalRank += 1 / (rank + 1);
      }
      const declined = got.length === 0 || !answered;
      if (declined) declinedAnswerable++;
      if (rank !== 0) {
        const kind: MissKind = declined
          ? "declined"
          : expected.some((p) => sharesWord(item, question, p))
            ? "ranked lower"
            : "no shared word";
        misses.push({ story: item.id, question, expected, got, kind });
      }
    }
    for (const question of item.unanswerable) {
      unanswerable++;
      const { paragraphs, answered } = answer(question);
      if (paragraphs.length === 0 || !answered) declinedUnanswerable++;
    }
  }
  return {
    system: system.name,
    half,
    stories: stories.length,
    answerable,
    top1,
    top3,
    reciprocalRank,
    declinedAnswerable,
    unanswerable,
    declinedUnanswerable,
    misses,
  };
}

function combine(parts: readonly AskNewsScore[]): AskNewsScore {
  const sum = (pick: (s: AskNewsScore) => number) => parts.reduce((n, s) => n + pick(s), 0);
  return {
    system: parts[0]?.system ?? "",
    half: "all",
    stories: sum((s) => s.stories),
    answerable: sum((s) => s.answerable),
    top1: sum((s) => s.top1),
    top3: sum((s) => s.top3),
    reciprocalRank: sum((s) => s.reciprocalRank),
    declinedAnswerable: sum((s) => s.declinedAnswerable),
    unanswerable: sum((s) => s.unanswerable),
    declinedUnanswerable: sum((s) => s.declinedUnanswerable),
    misses: parts.flatMap((s) => s.misses),
  };
}

/**
 * Whether the question shares an index term with the paragraph after Byline's own analysis
 * (folding, stop words, stems, aliases): the test for a "no shared word" miss.
 */
export function sharesIndexTerm(item: AskNewsStory, question: string, paragraph: number): boolean {
  const { index } = libraryFor(item);
  const terms = new Set(
    index.paragraphTokens(item.story.id, paragraph).flatMap((token) => token.terms),
  );
  return index.analyze(question).some((token) => token.terms.some((term) => terms.has(term)));
}

const libraries = new WeakMap<AskNewsStory, StoryLibrary>();
/** The story alone in a library, as a server with one story has it; built once per story. */
function libraryFor(item: AskNewsStory): StoryLibrary {
  let library = libraries.get(item);
  if (!library) {
    library = new StoryLibrary([item.story]);
    libraries.set(item, library);
  }
  return library;
}
