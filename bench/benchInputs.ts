import type { StoryLibrary } from "../src/storyLibrary.js";

/**
 * Questions, quotes and names from the library itself (the same on every run): words of a few
 * paragraphs spread over the stories, a statement's opening words, people's surnames; and a
 * question no story answers.
 */
export function inputsFrom(library: StoryLibrary) {
  const picks = [0, 0.13, 0.29, 0.41, 0.57, 0.73, 0.89].map(
    (share) => library.stories[Math.floor(share * library.stories.length)] ?? library.story(),
  );
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
