import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { suggestPeople, suggestStatements } from "../src/answers/suggestions.js";
import { whoIs } from "../src/answers/whoIs.js";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import {
  completeStory,
  EVERYWHERE,
  forOption,
  storiesSearched,
  storyOption,
} from "./commonParts.js";
import { type Command, textOption } from "./types.js";

/** `/who said <quote>` and `/who is <name>`: one command, so users type exactly that. */
export const who = {
  data: {
    ...EVERYWHERE,
    name: "who",
    description: "Who said something in the story, or who someone in it is",
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "said",
        description: "Who in the story said these words",
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "quote",
            description: "The words, or the part of them you remember",
            required: true,
            max_length: MAX_QUOTE_LENGTH,
            autocomplete: true,
          },
          storyOption,
          forOption,
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "is",
        description: "Who someone in the story is: role, mentions and what they said",
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "name",
            description: "Their name or surname",
            required: true,
            max_length: 100,
            autocomplete: true,
          },
          storyOption,
        ],
      },
    ],
  },
  usage: ({ quote, person }) => [
    `/who said ${quote ?? "<words>"}`,
    `/who is ${person ?? "<name>"}`,
  ],
  run(input, { library }, subcommand) {
    const story = textOption(input, "story");
    if (subcommand === "is") {
      const name = String(input.name ?? "");
      return {
        kind: "whoIs",
        name,
        answer: whoIs(library, name, story),
        storiesSearched: storiesSearched(library, story),
      };
    }
    const quote = String(input.quote ?? "");
    return {
      kind: "whoSaid",
      quote,
      answer: whoSaid(library, quote, story),
      storiesSearched: storiesSearched(library, story),
    };
  },
  complete(focused, input, context) {
    const story = textOption(input, "story");
    if (focused.name === "quote") return suggestStatements(context.library, focused.value, story);
    if (focused.name === "name") return suggestPeople(context.library, focused.value, story);
    return completeStory(focused, input, context);
  },
} satisfies Command;
