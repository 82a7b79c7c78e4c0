/**
 * A speaker's name as /who said shows it, with the outer source the story credits beside it:
 * "Ken Obi (according to the Fenwick Star)" for `"…," Obi told the Fenwick Star`. The words are
 * the speaker's; the source is how the story came by them, and is named only where the sentence
 * prints it.
 */
export function nameWithSource(name: string, via?: string): string {
  return via ? `${name} (${viaNote(via)})` : name;
}

/** "according to the Fenwick Star": the outer source as a note. */
export function viaNote(via: string): string {
  return `according to ${via}`;
}
