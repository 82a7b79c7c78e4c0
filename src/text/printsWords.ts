const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/**
 * Whether `text` prints `words` as written, as whole words: "Price said" prints "Price",
 * "Priceless" does not.
 */
export function printsWords(text: string, words: string): boolean {
  if (words === "") return false;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + words.length])) return true;
  }
  return false;
}
