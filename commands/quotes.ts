import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { listQuotes } from "../src/answers/listQuotes.js";
import { storyOption } from "./storyOption.js";
import { type Command, textOption } from "./types.js";

export const quotes = {
  data: {
    name: "quotes",
    description: "Every statement in the story, in order, or one speaker's",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "speaker",
        description: "Only this person's or organisation's statements",
        required: false,
        max_length: 100,
      },
      storyOption,
    ],
  },
  usage: ["/quotes", "/quotes Sullivan"],
  run(input, { library }) {
    const speaker = textOption(input, "speaker");
    const story = textOption(input, "story");
    return {
      kind: "quotes",
      ...(speaker ? { speaker } : {}),
      answer: listQuotes(library, speaker, story),
    };
  },
} satisfies Command;
