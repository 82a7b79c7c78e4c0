import {
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";

/** The optional `story:` option of commands that read one story when several are loaded. */
export const storyOption: APIApplicationCommandStringOption = {
  type: ApplicationCommandOptionType.String,
  name: "story",
  description: "Which story, when several are loaded (its file name without extension)",
  required: false,
};
