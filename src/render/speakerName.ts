import type { Speaker } from "../statements/types.js";
import { openingLine } from "./statementWording.js";

/**
 * The note that names a statement's outer source, " (according to the Fenwick Star)", or nothing
 * when the sentence credits none. The words are the speaker's; the source is how the story came
 * by them, and is named only where the sentence prints it.
 */
export function sourceNote(via?: string): string {
  return via ? ` (according to ${via})` : "";
}

/**
 * A speaker's name with the outer source the story credits beside it: "Ken Obi (according to the
 * Fenwick Star)" for `"…," Obi told the Fenwick Star`.
 */
export function nameWithSource(name: string, via?: string): string {
  return `${name}${sourceNote(via)}`;
}

/**
 * A speaker heading what they said (a pinned statement, a /who said embed): the name opening the
 * line, the source beside it, then the role: "Ken Obi (according to the Fenwick Star) — Mayor".
 * `styleName` marks the name only (bold in the console).
 */
export function speakerHeading(
  speaker: Speaker,
  via?: string,
  styleName: (name: string) => string = (name) => name,
): string {
  const name = nameWithSource(styleName(openingLine(speaker.name)), via);
  return speaker.role ? `${name} — ${speaker.role}` : name;
}
