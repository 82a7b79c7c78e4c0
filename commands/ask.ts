import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { askStories, DEFAULT_PASSAGE_COUNT, MAX_QUESTION_LENGTH } from "../src/answers/ask.js";
import {
  completeStory,
  EVERYWHERE,
  forOption,
  storiesSearched,
  storyOption,
} from "./commonParts.js";
import { type Command, textOption } from "./types.js";

/** Pages of passages an answer offers: past the first few, passages rarely answer. */
const MAX_PAGES = 5;

export const ask = {
  data: {
    ...EVERYWHERE,
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
      forOption,
    ],
  },
  usage: ({ person }) => (person ? `/ask What did ${person} say?` : "/ask What happened?"),
  run(input, { library, page = 0 }) {
    const question = String(input.question ?? "");
    const story = textOption(input, "story");
    const start = page * DEFAULT_PASSAGE_COUNT;
    const { passages: found, answered } = askStories(library, question, {
      limit: MAX_PAGES * DEFAULT_PASSAGE_COUNT,
      ...(story ? { story } : {}),
    });
    const passages = found.slice(start, start + DEFAULT_PASSAGE_COUNT);
    return {
      kind: "passages",
      question,
      passages,
      answered,
      pages: Math.max(1, Math.ceil(found.length / DEFAULT_PASSAGE_COUNT)),
      storiesSearched: storiesSearched(library, story),
      ...(story && library.stories.length > 1 ? { story } : {}),
    };
  },
  complete: completeStory,
} satisfies Command;
