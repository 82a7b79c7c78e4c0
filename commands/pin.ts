import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord-api-types/v10";
import { excerptStory } from "../src/answers/excerpt.js";
import { suggestParagraphs, suggestStatements } from "../src/answers/suggestions.js";
import { MAX_QUOTE_LENGTH, whoSaid } from "../src/answers/whoSaid.js";
import { UserFacingError } from "../src/errors.js";
import { completeStory, IN_SERVERS, storyOption } from "./commonParts.js";
import { type Command, textOption } from "./types.js";

/**
 * `/pin paragraph:` or `/pin quote:`: what a moderator pins. The command answers with the excerpt
 * to pin; posting and pinning it is the Discord adapter's part (the console only shows it).
 */
export const pin = {
  data: {
    name: "pin",
    description: "Moderators: post a paragraph or a statement of the story and pin it here",
    // Hidden from members who cannot pin; checked again when it runs.
    default_member_permissions: String(PermissionFlagsBits.PinMessages),
    ...IN_SERVERS,
    options: [
      {
        type: ApplicationCommandOptionType.Integer,
        name: "paragraph",
        description: "The paragraph (¶) to pin",
        required: false,
        min_value: 1,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "quote",
        description: "Words of a statement to pin, with its speaker",
        required: false,
        max_length: MAX_QUOTE_LENGTH,
        autocomplete: true,
      },
      storyOption,
    ],
  },
  usage: ({ paragraph, quote }) => [
    `/pin paragraph:${paragraph}`,
    ...(quote ? [`/pin quote:${quote}`] : []),
  ],
  run(input, { library }) {
    const story = textOption(input, "story");
    const quote = textOption(input, "quote");
    const paragraph = input.paragraph;
    if ((paragraph === undefined) === (quote === undefined)) {
      throw new UserFacingError(
        "Give /pin either paragraph: or quote:, e.g. /pin paragraph:3 or /pin quote:baseless.",
      );
    }
    if (quote === undefined) {
      return { kind: "pin", excerpt: excerptStory(library, Number(paragraph), story) };
    }
    const [statement] = whoSaid(library, quote, story).statements;
    if (!statement) {
      throw new UserFacingError(
        "No one in the story said that, so there is nothing to pin. Pin a paragraph instead: /pin paragraph:…",
      );
    }
    return {
      kind: "pin",
      excerpt: excerptStory(library, statement.paragraph, statement.story),
      statement,
    };
  },
  complete(focused, input, context) {
    const story = textOption(input, "story");
    if (focused.name === "paragraph")
      return suggestParagraphs(context.library, focused.value, story);
    if (focused.name === "quote") return suggestStatements(context.library, focused.value, story);
    return completeStory(focused, input, context);
  },
} satisfies Command;
