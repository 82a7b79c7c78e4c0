import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { suggestFocus } from "../src/answers/suggestions.js";
import { UserFacingError } from "../src/errors.js";
import {
  SUMMARY_LENGTHS,
  type SummaryLength,
  summarizeStory,
} from "../src/summary/summarizeStory.js";
import { completeStory, EVERYWHERE, storyOption } from "./commonParts.js";
import { type Command, textOption } from "./types.js";

export const summary = {
  data: {
    ...EVERYWHERE,
    name: "summary",
    description: "The story in a few of its own sentences, each with its paragraph",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "length",
        description: "How long: short (about 3 sentences), medium (5) or long (8)",
        required: false,
        choices: SUMMARY_LENGTHS.map((length) => ({ name: length, value: length })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "focus",
        description: "Keep to a topic or a person, e.g. sanctions or Sullivan",
        required: false,
        max_length: 100,
        autocomplete: true,
      },
      storyOption,
    ],
  },
  usage: ({ topic }) => [
    "/summary",
    topic ? `/summary length:medium focus:${topic}` : "/summary length:medium",
  ],
  run(input, { library }) {
    const length = String(input.length ?? "short");
    if (!(SUMMARY_LENGTHS as readonly string[]).includes(length)) {
      throw new UserFacingError(`length: must be short, medium or long, not "${length}".`);
    }
    const focus = textOption(input, "focus");
    const story = textOption(input, "story");
    return {
      kind: "summary",
      length,
      ...(focus ? { focus } : {}),
      summary: summarizeStory(library, {
        length: length as SummaryLength,
        ...(focus ? { focus } : {}),
        ...(story ? { story } : {}),
      }),
    };
  },
  complete(focused, input, context) {
    if (focused.name !== "focus") return completeStory(focused, input, context);
    return suggestFocus(context.library, focused.value, textOption(input, "story"));
  },
} satisfies Command;
