/** A word with its first letter in capitals, as it opens a sentence: "van der Berg" → "Van der Berg". */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
