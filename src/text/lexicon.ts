import nlp from "compromise";

/**
 * compromise's lexicon: a word in lower case → the tag or tags it files the word under ("mayor" →
 * "Actor", "dana" → "FemaleName"), for words it knows; undefined for the rest.
 */
export const LEXICON: Readonly<Record<string, string | string[] | undefined>> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

/** Whether the lexicon files a word as a noun for someone by what they do ("councillor", "boss"). */
export const isActorNoun = (word: string) => LEXICON[word.toLowerCase()] === "Actor";
