import { setImmediate as nextTurn } from "node:timers/promises";
import type { Story } from "../story/types.js";
import type { StoryLibrary } from "../storyLibrary.js";
import { summarizeStory } from "../summary/summarizeStory.js";
import { askStories } from "./ask.js";
import { suggestPeople, suggestStatements } from "./suggestions.js";
import { whoIs } from "./whoIs.js";
import { whoSaid } from "./whoSaid.js";

/** Each command's work done this many times: enough for V8 to compile its hot loops. */
const ROUNDS = 3;

/**
 * Runs every command's work a few times on one of the library's stories, whose statements are
 * read, so that the first people to ask are not the ones who wait while V8 compiles Byline's code:
 * the first burst of `npm run bench:load` at 10,000 stories ran the commands' code uncompiled, and
 * suggestions waited 100–250 ms behind it. Each piece of work runs in a turn of the event loop of
 * its own (all of it took 0.1–0.3 s at 10,000 stories), so people who ask meanwhile are not held
 * up. Answers are not kept (a story's summary sentences are, as after any first summary). Resolves
 * with the milliseconds it worked (0 when the story's statements are not read).
 */
export async function warmUp(library: StoryLibrary, story: Story): Promise<number> {
  const statements = library.cachedStatementsOf(story);
  if (!statements) return 0;
  const lede = story.body[0]?.text.split(/\s+/).slice(0, 8).join(" ") ?? "";
  const said = statements.statements[0]?.text.split(/\s+/).slice(0, 6).join(" ");
  const name = statements.people[0]?.name;
  const work: (() => unknown)[] = [
    () => lede && askStories(library, `what about ${lede}`),
    // In this story: across the library these would read the statements of stories not read yet.
    () => said && whoSaid(library, said, story.id),
    () => name && whoIs(library, name, story.id),
    () => name && suggestPeople(library, name.slice(0, 3)),
    () => suggestStatements(library, lede, story.id),
    () => summarizeStory(library, { story: story.id }),
  ];
  let worked = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const piece of work) {
      await nextTurn();
      const started = performance.now();
      piece();
      worked += performance.now() - started;
    }
  }
  return worked;
}
