import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { listQuotes } from "../src/answers/listQuotes.js";
import { suggestPeople } from "../src/answers/suggestions.js";
import { completeStory, EVERYWHERE, storiesSearched, storyOption } from "./commonParts.js";
import { type Command, textOption } from "./types.js";

/** Statements per page where the reader pages through them. */
export const QUOTES_PER_PAGE = 8;

export const quotes = {
  data: {
    ...EVERYWHERE,
    name: "quotes",
    description: "Every statement in the story, in order, or one speaker's",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "speaker",
        description: "Only this person's or organisation's statements",
        required: false,
        max_length: 100,
        autocomplete: true,
      },
      storyOption,
    ],
  },
  usage: ({ person }) => ["/quotes", ...(person ? [`/quotes ${person}`] : [])],
  run(input, { library, page }) {
    const speaker = textOption(input, "speaker");
    const story = textOption(input, "story");
    const answer = listQuotes(library, speaker, story);
    const paged =
      page === undefined
        ? {}
        : {
            answer: {
              ...answer,
              quotes: answer.quotes.slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE),
            },
            pages: Math.max(1, Math.ceil(answer.quotes.length / QUOTES_PER_PAGE)),
          };
    return {
      kind: "quotes",
      ...(speaker ? { speaker } : {}),
      answer,
      ...paged,
      storiesSearched: storiesSearched(library, story),
    };
  },
  complete(focused, input, context) {
    if (focused.name !== "speaker") return completeStory(focused, input, context);
    return suggestPeople(context.library, focused.value, textOption(input, "story"));
  },
} satisfies Command;
