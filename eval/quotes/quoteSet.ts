import { readFile } from "node:fs/promises";
import { z } from "zod";
import { type Half, halfOf } from "../askNews/askNewsSet.js";

/**
 * Real news quotes with human-marked speakers, in the format of PolNeAR's sets as
 * `../shared/eval/` packs them (see its README): `quotes-dev.json` is a list of items that each carry
 * their article; `quotes-train.json` stores each article once under `articles`, keyed by the item's
 * `text_path`. Articles are others' writing, so files stay outside the project and are passed by
 * path. Only the fields the evaluation reads are required.
 */
const ItemFields = {
  id: z.string(),
  text_path: z.string().min(1),
  publisher: z.string().default("unknown"),
  quote: z.string().min(1),
  quote_kind: z.string(),
  speaker: z.string(),
  speaker_mention_kind: z.enum(["name_or_org", "pronoun", "nominal"]),
  speaker_key: z.string().nullable(),
};
const ItemsWithArticles = z.array(z.object({ ...ItemFields, article: z.string().min(1) }));
const ArticlesApart = z.object({
  articles: z.record(z.string(), z.string()),
  items: z.array(z.object(ItemFields)),
});

export type SpeakerKind = "name_or_org" | "pronoun" | "nominal";

export interface QuoteItem {
  readonly id: string;
  /** The file the item came from, as given on the command line. */
  readonly file: string;
  /** Where the article came from; items of one article share it. */
  readonly articleId: string;
  readonly article: string;
  readonly half: Half;
  readonly publisher: string;
  readonly quote: string;
  readonly quoteKind: string;
  readonly speaker: string;
  readonly speakerKind: SpeakerKind;
  /** The word a right answer contains, for named speakers; null otherwise. */
  readonly speakerKey: string | null;
}

/**
 * Reads a quotes file in either layout. The tune/check half is fixed by the article's `text_path`,
 * so every quote of an article is on one side.
 */
export async function loadQuotes(file: string): Promise<QuoteItem[]> {
  const json: unknown = JSON.parse(await readFile(file, "utf8"));
  const rows = Array.isArray(json)
    ? ItemsWithArticles.parse(json)
    : (() => {
        const { articles, items } = ArticlesApart.parse(json);
        return items.map((item) => {
          const article = articles[item.text_path];
          if (article === undefined)
            throw new Error(
              `${file}: item ${item.id} names article ${item.text_path}, not in the file`,
            );
          return { ...item, article };
        });
      })();
  return rows.map((row) => ({
    id: row.id,
    file,
    articleId: row.text_path,
    article: row.article,
    half: halfOf(row.text_path),
    publisher: row.publisher,
    quote: row.quote,
    quoteKind: row.quote_kind,
    speaker: row.speaker,
    speakerKind: row.speaker_mention_kind,
    speakerKey: row.speaker_key,
  }));
}
