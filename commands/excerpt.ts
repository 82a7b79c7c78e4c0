import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { excerptStory } from "../src/answers/excerpt.js";
import { suggestParagraphs } from "../src/answers/suggestions.js";
import { completeStory, EVERYWHERE, storyOption } from "./commonParts.js";
import { type Command, textOption } from "./types.js";

export const excerpt = {
  data: {
    ...EVERYWHERE,
    name: "excerpt",
    description: "Show one paragraph of the story, word for word",
    options: [
      {
        type: ApplicationCommandOptionType.Integer,
        name: "paragraph",
        description: "Paragraph number (¶)",
        required: true,
        min_value: 1,
        autocomplete: true,
      },
      storyOption,
    ],
  },
  usage: ({ paragraph }) => `/excerpt ${paragraph}`,
  run(input, { library }) {
    const story = textOption(input, "story");
    return { kind: "excerpt", excerpt: excerptStory(library, Number(input.paragraph), story) };
  },
  complete(focused, input, context) {
    if (focused.name !== "paragraph") return completeStory(focused, input, context);
    return suggestParagraphs(context.library, focused.value, textOption(input, "story"));
  },
} satisfies Command;
