import { ALIAS_PREFIX, isAliasOnly, type Token } from "../search/analyzer.js";
import type { Speaker, Statement } from "../statements/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { foldText } from "../text/fold.js";
import { type Attribution, attributionFor } from "./attribution.js";
import { candidateStories } from "./candidateStories.js";
import { whoIs } from "./whoIs.js";

/** One statement as /quotes lists it. */
export interface QuoteEntry {
  readonly story: string;
  readonly paragraph: number;
  readonly kind: Statement["kind"];
  readonly runsOn?: boolean;
  readonly text: string;
  readonly speaker: Speaker;
  /** The outer source the sentence credits ("the Fenwick Star"), shown beside the speaker. */
  readonly via?: string;
  /** The verb that attributes it: "said", "denied". */
  readonly cue: string;
  readonly attribution: Attribution;
}

export interface QuotesAnswer {
  readonly quotes: readonly QuoteEntry[];
  /** When a speaker was asked for and no one matched: the closest names. */
  readonly suggestions: readonly string[];
}

/** Every statement in story order, or those of one speaker (matched as /who is matches names). */
/** A word folded, without a plural or possessive ending: "Officials" → "official". */
function singular(word: string): string {
  return foldText(word).replace(/['’]s$|(?<=\p{L}{3})(?:es|s)$/u, "");
}

export function listQuotes(
  library: StoryLibrary,
  speaker?: string,
  storyId?: string,
): QuotesAnswer {
  // A speaker narrows the stories to those that name them; with no speaker, one story is listed
  // (the only one, or the one named), as a list of every statement of thousands would be no answer.
  const stories = speaker?.trim()
    ? candidateStories(library, speaker, storyId)
    : [library.story(storyId)];
  let wanted: ((s: Statement) => boolean) | undefined;
  if (speaker?.trim()) {
    const people = whoIs(library, speaker, storyId);
    const names = new Set(people.people.map((p) => p.name));
    // Speakers the story names as it quotes them ("the sheriff’s office", "officials", "NIFC"),
    // matched word by word as /ask matches (stems, apostrophes, aliases); they come first, so
    // "Kremlin" is the Kremlin, not also its spokesman.
    const typed = library.index.analyze(speaker).filter((token) => !isAliasOnly(token));
    const typedWord = (token: Token) => singular(speaker.slice(token.start, token.end));
    const byName = new Map<string, boolean>();
    const namedAs = (s: Statement) => {
      let found = byName.get(s.speaker.name);
      if (found === undefined) {
        const tokens = library.index.analyze(s.speaker.name);
        const words = new Set(tokens.map((t) => singular(s.speaker.name.slice(t.start, t.end))));
        const aliasTerms = new Set(
          tokens.flatMap((t) => t.terms.filter((term) => term.startsWith(ALIAS_PREFIX))),
        );
        // A word as written, singular or plural ("officials", "official"), or an alias ("NIFC"):
        // not a stem ("authors" is no "authority").
        found =
          typed.length > 0 &&
          typed.every(
            (t) => words.has(typedWord(t)) || t.terms.some((term) => aliasTerms.has(term)),
          );
        byName.set(s.speaker.name, found);
      }
      return found;
    };
    const bySpeakerName = stories.some((story) =>
      library.statementsOf(story).statements.some(namedAs),
    );
    wanted = bySpeakerName ? namedAs : (s) => names.has(s.speaker.name);
    const any = stories.some((story) =>
      library.statementsOf(story).statements.some(wanted ?? (() => true)),
    );
    if (!any) return { quotes: [], suggestions: people.suggestions };
  }
  const quotes = stories.flatMap((story) =>
    library
      .statementsOf(story)
      .statements.filter((s) => !wanted || wanted(s))
      .map((s) => ({
        story: s.story,
        paragraph: s.paragraph,
        kind: s.kind,
        ...(s.runsOn ? { runsOn: true } : {}),
        text: s.text,
        speaker: s.speaker,
        ...(s.via ? { via: s.via } : {}),
        cue: s.cue,
        attribution: attributionFor(story, s.paragraph),
      })),
  );
  return { quotes, suggestions: [] };
}
