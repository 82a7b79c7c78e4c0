import type { Story } from "../src/story/types.js";
import { splitSentences } from "../src/text/sentences.js";

/**
 * `count` stories made from the given ones: each a copy of one of them with a tenth of its words
 * swapped for words drawn from all of them (seeded, so every run builds the same corpus). Gives an
 * index of realistic size and vocabulary for timing, not for answers.
 */
export function syntheticCorpus(bases: readonly Story[], count: number): Story[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const vocabulary = bases.flatMap((story) => story.body.flatMap((p) => p.text.split(/\s+/)));
  const stories: Story[] = [];
  for (let index = 0; index < count; index++) {
    const base = bases[index % bases.length] as Story;
    const body = base.body.map((paragraph) => {
      const text = paragraph.text
        .split(/\s+/)
        .map((word) =>
          random() < 0.1 ? (vocabulary[Math.floor(random() * vocabulary.length)] ?? word) : word,
        )
        .join(" ");
      return { number: paragraph.number, text, sentences: splitSentences(text) };
    });
    stories.push({ ...base, id: `${base.id}-${index}`, body });
  }
  return stories;
}
