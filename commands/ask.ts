import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { askStories, MAX_QUESTION_LENGTH } from "../src/answers/ask.js";
import { storyOption } from "./storyOption.js";
import type { Command } from "./types.js";

export const ask = {
  data: {
    name: "ask",
    description: "Ask a question about the story; get the passages that answer it",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "What you want to know, in your own words",
        required: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      storyOption,
    ],
  },
  usage: "/ask How many drones could Iran provide to Russia?",
  run(input, { library }) {
    const question = String(input.question ?? "");
    const passages = askStories(
      library,
      question,
      input.story ? { story: String(input.story) } : {},
    );
    return { kind: "passages", question, passages };
  },
} satisfies Command;
