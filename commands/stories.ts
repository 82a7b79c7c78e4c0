import { describeStories } from "../src/answers/describeStories.js";
import { EVERYWHERE } from "./commonParts.js";
import type { Command } from "./types.js";

/** `/stories`: what is loaded, and the story this server uses when none is named. */
export const stories = {
  data: {
    ...EVERYWHERE,
    name: "stories",
    description:
      "The loaded stories (title, outlet, contributors, paragraphs) and this server's default",
  },
  usage: "/stories",
  run(_input, { library, server }) {
    const defaultStory = server?.settings.defaultStory(server.id);
    return {
      kind: "stories",
      stories: describeStories(library),
      ...(defaultStory && library.find(defaultStory) ? { defaultStory } : {}),
    };
  },
} satisfies Command;
