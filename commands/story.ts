import { describeStories } from "../src/answers/describeStories.js";
import { EVERYWHERE } from "./commonParts.js";
import type { Command } from "./types.js";

export const story = {
  data: {
    ...EVERYWHERE,
    name: "story",
    description: "What story is loaded: title, outlet, contributors, paragraphs",
  },
  usage: "/story",
  run(_input, { library }) {
    return { kind: "stories", stories: describeStories(library) };
  },
} satisfies Command;
