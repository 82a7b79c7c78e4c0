/**
 * Contractions written out ("we've" → "we have", "don't" → "do not", "can't" → "can not"), so that
 * words typed in full match words printed contracted, and back. "'s" and "'d" stay as they are:
 * each stands for two words ("is"/"has", "had"/"would"). Expects straight apostrophes (folded text).
 */
export function withoutContractions(text: string): string {
  return text
    .replace(/\b(w)on't\b/gi, "$1ill not")
    .replace(
      /\b(c)an't\b|\b(c)annot\b/gi,
      (_, a: string | undefined, b: string | undefined) => `${a ?? b}an not`,
    )
    .replace(/\b(sh)an't\b/gi, "$1all not")
    .replace(/\b(\p{L}+)n't\b/giu, "$1 not")
    .replace(/'ve\b/gi, " have")
    .replace(/'re\b/gi, " are")
    .replace(/'ll\b/gi, " will")
    .replace(/\b(i)'m\b/gi, "$1 am");
}
