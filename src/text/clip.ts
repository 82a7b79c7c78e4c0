/** The first `length` characters of `text`, back to the last word break when one is near. */
export function cutAtWord(text: string, length: number): string {
  if (length >= text.length) return text;
  const cut = text.slice(0, length);
  const space = cut.search(/\s\S*$/);
  return (space > length / 2 ? cut.slice(0, space) : cut).trimEnd();
}

/** `text` in at most `max` characters: whole when it fits, else cut at a word and marked. */
export function clipAtWord(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  return `${cutAtWord(text, max - ellipsis.length)}${ellipsis}`;
}
