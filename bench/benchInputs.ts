import { mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { isStoryFile } from "../src/story/parseStory.js";
import { StoryLibrary } from "../src/storyLibrary.js";

/** Where in the library (by file-name order) the benchmarks take their words from. */
const PICKED_SHARES = [0, 0.13, 0.29, 0.41, 0.57, 0.73, 0.89];

/** The items at PICKED_SHARES of a list in library order. */
function picked<T>(all: readonly T[]): T[] {
  return PICKED_SHARES.map((share) => all[Math.floor(share * all.length)]).filter(
    (item): item is T => item !== undefined,
  );
}

/**
 * Questions, quotes and names from the library itself (the same on every run): words of a few
 * paragraphs spread over the stories, a statement's opening words, people's surnames; and a
 * question no story answers. `stories` are the ones to take them from, by default the picked ones.
 */
export function inputsFrom(library: StoryLibrary, stories = picked(library.stories)) {
  const picks = stories.length > 0 ? stories : [library.story()];
  const questions = picks.map((story, i) => {
    const words = (story.body[(i * 3) % story.body.length]?.text ?? "").split(/\s+/);
    return `what about ${words.slice(2, 7).join(" ")}`;
  });
  questions.push("What is the capital of France?");
  const quotes: string[] = [];
  const names: string[] = [];
  for (const story of picks) {
    const { statements, people } = library.statementsOf(story);
    const said = statements[0]?.text.split(/\s+/).slice(0, 6).join(" ");
    if (said) quotes.push(said);
    const surname = people[0]?.name.split(" ").at(-1);
    if (surname) names.push(surname);
  }
  quotes.push("words nobody in any story said");
  names.push("Nobodyknown");
  return { questions, quotes, names, stories: picks.map((story) => story.id) };
}

/**
 * inputsFrom for a corpus folder, reading only the picked stories (linked into a folder of their
 * own): the same words as from the whole library, without a second copy of it in the benchmark's
 * process while the bot is measured.
 */
export async function inputsFromFolder(directory: string) {
  const files = (await readdir(directory)).filter(isStoryFile).sort();
  const names = picked(files);
  const few = await mkdtemp(join(tmpdir(), "byline-bench-inputs-"));
  try {
    for (const name of new Set(names)) await symlink(resolve(directory, name), join(few, name));
    const library = await StoryLibrary.load(few);
    const byName = new Map(library.stories.map((story) => [basename(story.file), story]));
    return inputsFrom(
      library,
      names.flatMap((name) => byName.get(name) ?? []),
    );
  } finally {
    await rm(few, { recursive: true, force: true });
  }
}
