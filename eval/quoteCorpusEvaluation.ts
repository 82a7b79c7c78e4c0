import { readFile } from "node:fs/promises";
import { z } from "zod";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import { parseStory } from "../src/story/parseStory.js";
import { StoryLibrary } from "../src/storyLibrary.js";
import { foldText } from "../src/text/fold.js";
import type { Rate } from "./statementEvaluation.js";

/**
 * A file of real news quotes with human-marked speakers, such as PolNeAR's development set
 * (see its README): articles are others' writing, so the file stays outside the project and is
 * passed by path.
 */
const QuoteItemSchema = z.object({
  id: z.string(),
  article: z.string(),
  quote: z.string(),
  quote_kind: z.string(),
  speaker: z.string(),
  speaker_mention_kind: z.enum(["name_or_org", "pronoun", "nominal"]),
  speaker_key: z.string().nullable(),
});
type QuoteItem = z.infer<typeof QuoteItemSchema>;

export interface QuoteCorpusScore {
  /** Named speakers (name_or_org with a key): the answer contains the key. */
  readonly named: Rate;
  readonly namedDirect: Rate;
  readonly namedPartial: Rate;
  /** Pronoun and nominal speakers: how often Byline names someone (correctness needs a human). */
  readonly pronounAnswered: Rate;
  readonly nominalAnswered: Rate;
  readonly misses: string[];
}

export async function scoreQuoteCorpus(file: string): Promise<QuoteCorpusScore> {
  const items = z.array(QuoteItemSchema).parse(JSON.parse(await readFile(file, "utf8")));
  const libraries = new Map<string, StoryLibrary>();
  const libraryFor = (item: QuoteItem) => {
    let library = libraries.get(item.article);
    if (!library) {
      library = new StoryLibrary([parseStory(`article-${libraries.size + 1}.txt`, item.article)]);
      libraries.set(item.article, library);
    }
    return library;
  };
  const rate = (): Rate => ({ right: 0, all: 0 });
  const score = {
    named: rate(),
    namedDirect: rate(),
    namedPartial: rate(),
    pronounAnswered: rate(),
    nominalAnswered: rate(),
  };
  const misses: string[] = [];
  for (const item of items) {
    const typed = item.quote.slice(0, MAX_QUOTE_LENGTH);
    const named = whoSaid(libraryFor(item), typed).statements[0]?.speaker.name ?? "";
    if (item.speaker_mention_kind === "name_or_org") {
      if (item.speaker_key === null) continue;
      // Compared folded (case, accents, curly apostrophes): "O’Neill" is "O'Neill".
      const ok = foldText(named).includes(foldText(item.speaker_key));
      for (const r of [
        score.named,
        item.quote_kind === "direct" ? score.namedDirect : score.namedPartial,
      ]) {
        r.all++;
        if (ok) r.right++;
      }
      if (!ok)
        misses.push(
          `${item.id}: "${item.quote.slice(0, 60)}" → ${named || "no one"} (want ${item.speaker_key}: ${item.speaker})`,
        );
    } else {
      const r =
        item.speaker_mention_kind === "pronoun" ? score.pronounAnswered : score.nominalAnswered;
      r.all++;
      if (named !== "") r.right++;
    }
  }
  return { ...score, misses };
}
