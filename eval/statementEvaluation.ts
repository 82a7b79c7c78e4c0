import { readFile } from "node:fs/promises";
import { z } from "zod";
import { whoIs } from "../src/answers/whoIs.js";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import { extractStatements } from "../src/statements/extractStatements.js";
import { surnameOf } from "../src/statements/personNames.js";
import { findPeople, type PeopleSources } from "../src/statements/storyPeople.js";
import type { Story } from "../src/story/types.js";
import type { StoryLibrary } from "../src/storyLibrary.js";
import { foldText } from "../src/text/fold.js";
import { findWords } from "../src/text/words.js";

/** A story's labelled statements, people, and texts no one in it said. */
export const StatementSetSchema = z.object({
  story: z.string(),
  statements: z.array(
    z.object({
      paragraph: z.number().int(),
      kind: z.enum(["direct", "partial", "reported"]),
      speaker: z.string(),
      text: z.string(),
    }),
  ),
  people: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      organisation: z.string(),
      paragraphs: z.array(z.number()),
    }),
  ),
  notSaid: z.array(z.string()),
  unattributed: z.array(z.string()),
});
export type StatementSet = z.infer<typeof StatementSetSchema>;

export async function loadStatementSet(file: string): Promise<StatementSet> {
  return StatementSetSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

/** Counts behind a rate: right out of all. */
export interface Rate {
  right: number;
  all: number;
}

export interface StatementScore {
  readonly story: string;
  readonly extractionPrecision: Rate;
  readonly extractionRecall: Rate;
  readonly speakerByQuote: Rate;
  readonly speakerByFragment: Rate;
  readonly speakerByMisspelledFragment: Rate;
  readonly roles: Rate;
  /** Texts no one said for which a speaker was named (must stay 0). */
  readonly falseSpeakers: Rate;
  readonly narration: Rate;
  readonly misses: string[];
}

const words = (text: string) => findWords(foldText(text)).map((word) => word.raw);

/** Share of `label`'s words that `found` also has: how well an extracted statement covers a label. */
function overlap(label: string, found: string): number {
  const have = new Set(words(found));
  const want = words(label);
  return want.length === 0 ? 0 : want.filter((word) => have.has(word)).length / want.length;
}

/** Whether the speaker named is the one labelled: same surname (or main word of an organisation). */
export function sameSpeaker(named: string, labelled: string): boolean {
  const key =
    words(labelled)
      .filter((word) => !["the", "of", "s"].includes(word))
      .at(-1) ?? "";
  return words(named).includes(key);
}

/** Middle words of a statement, as someone half-remembering it would type them. */
export function fragmentOf(text: string): string {
  const all = text.split(/\s+/);
  if (all.length <= 6) return text;
  const start = Math.floor((all.length - 6) / 2);
  return all.slice(start, start + 6).join(" ");
}

/** The fragment with a typo in its longest word (two letters swapped). */
export function misspell(text: string): string {
  const longest = text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");
  if (longest.length < 4) return text;
  const i = Math.floor(longest.length / 2);
  const typo = longest.slice(0, i - 1) + longest[i] + longest[i - 1] + longest.slice(i + 1);
  return text.replace(longest, typo);
}

export function scoreStatements(library: StoryLibrary, set: StatementSet): StatementScore {
  const story = library.story(set.story);
  const { statements } = library.statementsOf(story);
  const rate = (): Rate => ({ right: 0, all: 0 });
  const score = {
    extractionPrecision: rate(),
    extractionRecall: rate(),
    speakerByQuote: rate(),
    speakerByFragment: rate(),
    speakerByMisspelledFragment: rate(),
    roles: rate(),
    falseSpeakers: rate(),
    narration: rate(),
  };
  const misses: string[] = [];
  const tally = (r: Rate, ok: boolean) => {
    r.all++;
    if (ok) r.right++;
  };

  for (const label of set.statements) {
    const found = statements.some(
      (s) => s.paragraph === label.paragraph && overlap(label.text, s.text) >= 0.5,
    );
    tally(score.extractionRecall, found);
    if (!found) misses.push(`not extracted ¶${label.paragraph}: ${label.text.slice(0, 70)}`);
  }
  for (const found of statements) {
    const ok = set.statements.some(
      (l) => l.paragraph === found.paragraph && overlap(l.text, found.text) >= 0.5,
    );
    tally(score.extractionPrecision, ok);
    if (!ok)
      misses.push(`extra ¶${found.paragraph} [${found.speaker.name}]: ${found.text.slice(0, 70)}`);
  }
  for (const label of set.statements) {
    for (const [rateOf, typed] of [
      [score.speakerByQuote, label.text.slice(0, MAX_QUOTE_LENGTH)],
      [score.speakerByFragment, fragmentOf(label.text)],
      [score.speakerByMisspelledFragment, misspell(fragmentOf(label.text))],
    ] as const) {
      const named = whoSaid(library, typed, set.story).statements[0]?.speaker.name ?? "";
      const ok = sameSpeaker(named, label.speaker);
      tally(rateOf, ok);
      if (!ok && rateOf === score.speakerByQuote)
        misses.push(
          `who said ¶${label.paragraph} "${typed.slice(0, 50)}": ${named || "no one"}, not ${label.speaker}`,
        );
    }
  }
  for (const person of set.people) {
    // By surname, as people ask; by full name when two people share it.
    const surname = surnameOf(person.name);
    const shared = set.people.filter((p) => surnameOf(p.name) === surname).length > 1;
    const card = whoIs(library, shared ? person.name : surname, set.story).people[0];
    // Someone the story gives no role must get none, not words that happen to precede the name.
    const ok =
      card !== undefined &&
      (person.role === "" ? card.role === undefined : overlap(person.role, card.role ?? "") >= 0.5);
    tally(score.roles, ok);
    if (!ok) misses.push(`who is ${surname}: role "${card?.role ?? "none"}", not "${person.role}"`);
  }
  for (const text of set.notSaid) {
    const named = whoSaid(library, text, set.story).statements.length > 0;
    tally(score.falseSpeakers, named);
    if (named) misses.push(`named a speaker for "${text}"`);
  }
  for (const text of set.unattributed) {
    const answer = whoSaid(library, text, set.story);
    tally(score.narration, answer.statements.length === 0 && answer.narration !== undefined);
  }
  return { story: set.story, ...score, misses };
}

/** How many labelled people a way of finding people finds (by surname), and how many it invents. */
export interface PeopleScore {
  readonly recall: Rate;
  readonly precision: Rate;
}

/** People found by the attribution rules alone, compromise's tagger alone, and both (Byline's way). */
export function scorePeopleSources(
  story: Story,
  set: StatementSet,
): Record<"rules" | "tagger" | "both", PeopleScore> {
  const found = extractStatements(story);
  const surname = (name: string) => foldText(name.split(/\s+/).at(-1) ?? name);
  const labelled = new Set(set.people.map((p) => surname(p.name)));
  const score = (sources: PeopleSources): PeopleScore => {
    const people = new Set(findPeople(story, found, sources).map((p) => surname(p.name)));
    return {
      recall: {
        right: [...labelled].filter((name) => people.has(name)).length,
        all: labelled.size,
      },
      precision: {
        right: [...people].filter((name) => labelled.has(name)).length,
        all: people.size,
      },
    };
  };
  return {
    rules: score({ attributions: true, tagger: false }),
    tagger: score({ attributions: false, tagger: true }),
    both: score({ attributions: true, tagger: true }),
  };
}
