/** A phrase's opening article apart from the rest: "the fire chief" → "the", "fire chief". */
export function splitArticle(phrase: string): { readonly article?: string; readonly rest: string } {
  const found = /^(the|an?)\s+/i.exec(phrase);
  return found
    ? { article: found[1] as string, rest: phrase.slice(found[0].length) }
    : { rest: phrase };
}

/**
 * A phrase without the article it opens on ("the company" → "company", "a spokeswoman for the
 * port" → "spokeswoman for the port"): a described speaker as a user may type it.
 */
export function withoutArticle(phrase: string): string {
  return splitArticle(phrase).rest;
}
