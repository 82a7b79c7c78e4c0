import {
  type APIApplicationCommandStringOption,
  type APIApplicationCommandUserOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord-api-types/v10";
import { suggestStories } from "../src/answers/suggestions.js";
import type { StoryLibrary } from "../src/storyLibrary.js";
import type { Choice, Command, CommandContext, CommandInput, FocusedOption } from "./types.js";

/** The optional `story:` option of commands that read one story when several are loaded. */
export const storyOption: APIApplicationCommandStringOption = {
  type: ApplicationCommandOptionType.String,
  name: "story",
  description: "Which story, when several are loaded (its file name without extension)",
  required: false,
  autocomplete: true,
};

/** Suggestions for the story option, shared by every command that has it. */
export function completeStory(
  focused: FocusedOption,
  input: CommandInput,
  { library }: CommandContext,
): Choice[] {
  if (focused.name !== "story") return [];
  // What the command is about, typed in its other options, puts the likeliest stories first.
  const about = ["question", "quote", "focus", "speaker", "name"]
    .map((name) => input[name])
    .filter((value) => typeof value === "string")
    .join(" ");
  return suggestStories(library, focused.value, about);
}

/**
 * Where a command can be used, stated rather than left to Discord's defaults (so the registered
 * set compares exactly with Discord's copy): servers that installed Byline, and DMs with the bot.
 */
export const EVERYWHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** Where moderators' commands can be used: servers only (a DM has no moderators). */
export const IN_SERVERS = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** The optional `for:` user an answer is addressed to (Discord mentions them, without a ping). */
export const forOption: APIApplicationCommandUserOption = {
  type: ApplicationCommandOptionType.User,
  name: "for",
  description: "Address the answer to this person",
  required: false,
};

/** How many stories a command searches: the one named, else all loaded. */
export function storiesSearched(library: StoryLibrary, story: string | undefined): number {
  return story ? 1 : library.stories.length;
}

/**
 * The input with the server's default story (/story use) as `story:` when the command takes the
 * story option, none was given, and that story is still loaded.
 */
export function withDefaultStory(
  command: Command,
  input: CommandInput,
  subcommand: string | undefined,
  { library, server }: CommandContext,
): CommandInput {
  if (input.story !== undefined || !server) return input;
  const options = command.data.options ?? [];
  const leaves = subcommand
    ? ((options.find((o) => o.name === subcommand && "options" in o) as { options?: unknown[] })
        ?.options ?? [])
    : options;
  if (!leaves.includes(storyOption)) return input;
  const story = server.settings.defaultStory(server.id);
  return story && library.find(story) ? { ...input, story } : input;
}
