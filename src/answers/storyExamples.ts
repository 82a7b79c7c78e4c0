import { surnameOf } from "../statements/personNames.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { suggestFocus } from "./suggestions.js";

/** What /help fills its examples with, taken from the loaded story so that every example works. */
export interface StoryExamples {
  /** Someone the story quotes, by surname: "Sullivan". */
  readonly person?: string;
  /** The first words of a direct quote: "We assess an official". */
  readonly quote?: string;
  /** A topic the story comes back to: "drones". */
  readonly topic?: string;
  /** A paragraph that exists: 3, or the last one in a shorter story. */
  readonly paragraph: number;
  /** With several stories loaded, the story the examples are from, as `story:` takes it. */
  readonly story?: string;
}

const QUOTE_WORDS = 4;

/** Examples from the first loaded story: its most quoted person, a quote, a topic. */
export function storyExamples(library: StoryLibrary): StoryExamples {
  const [story] = library.stories;
  if (!story) return { paragraph: 1 };
  const { statements, people: everyone } = library.statementsOf(story);
  const people = statements.filter((statement) => statement.speaker.kind === "person");
  const count = new Map<string, number>();
  for (const { speaker } of people) count.set(speaker.name, (count.get(speaker.name) ?? 0) + 1);
  const [mostQuoted] = [...count].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const direct = statements.find((statement) => statement.kind === "direct") ?? statements[0];
  const quote = direct?.text
    .split(/\s+/)
    .slice(0, QUOTE_WORDS)
    .join(" ")
    .replace(/^["“]|[^\p{L}\p{N}]+$/gu, "");
  const topic = suggestFocus(library, "", story.id).find((choice) => !/^\p{Lu}/u.test(choice.name));
  // A surname two people share names neither: then the full name.
  const surname = mostQuoted ? surnameOf(mostQuoted) : undefined;
  const shared = everyone.filter((person) => surnameOf(person.name) === surname).length > 1;
  const person = shared ? mostQuoted : surname;
  return {
    ...(person ? { person } : {}),
    ...(quote ? { quote } : {}),
    ...(topic ? { topic: String(topic.value) } : {}),
    paragraph: Math.min(3, story.body.length),
    ...(library.stories.length > 1 ? { story: story.id } : {}),
  };
}
