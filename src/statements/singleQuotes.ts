/**
 * A paragraph quoted British-style, in single marks ('…' or ‘…’), with those marks turned into
 * double ones so that the attribution rules read it as any other; every other character, and so
 * every offset, stays as it was. A paragraph with double marks already, or with no single quote
 * that opens and closes, comes back unchanged.
 *
 * @example withDoubleQuotes("'Corridors are not wards,' she added.") // → `"Corridors are not wards," she added.`
 */
export function withDoubleQuotes(text: string): string {
  if (/[“”"„]/.test(text)) return text;
  const characters = [...text];
  let opened: number | undefined;
  let changed = false;
  for (let i = 0; i < characters.length; i++) {
    const mark = characters[i];
    if (mark !== "'" && mark !== "‘" && mark !== "’") continue;
    const before = characters[i - 1] ?? "";
    const after = characters[i + 1] ?? "";
    if (opened === undefined) {
      // Opens at a word's start: after a space, a bracket or a colon, before a letter or digit.
      if (mark !== "’" && /^$|[\s([—–:-]/.test(before) && /[\p{L}\p{N}…]/u.test(after)) opened = i;
      continue;
    }
    // Closes after the words, before a space or a stop; a stop on one side or the other, or a
    // word that does not end in "s", tells it from the apostrophe of "nurses' station" ("don't"
    // never ends words): "called the plan 'rushed' on Monday" closes on "rushed'".
    const endsWords = /\S/.test(before) && /^$|[\s.,;:!?)—–-]/.test(after);
    const stop = /[.,;:!?…—–-]/.test(before) || /[.,;:!?)]/.test(after);
    if (
      mark !== "‘" &&
      endsWords &&
      (stop || (/[\p{L}\p{N}]/u.test(before) && !/s/iu.test(before)))
    ) {
      characters[opened] = "“";
      characters[i] = "”";
      opened = undefined;
      changed = true;
    }
  }
  return changed ? characters.join("") : text;
}
