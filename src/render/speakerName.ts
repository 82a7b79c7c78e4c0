/**
 * A speaker's name as /who said shows it, with the outer source the story credits beside it:
 * "Ken Obi (according to the Fenwick Star)" for `"…," Obi told the Fenwick Star`. The words are
 * the speaker's; the source is how the story came by them, and is named only where the sentence
 * prints it.
 */
export function nameWithSource(name: string, via?: string): string {
  return via ? `${name} (according to ${via})` : name;
}
