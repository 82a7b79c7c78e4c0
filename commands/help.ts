import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { storyExamples } from "../src/answers/storyExamples.js";
import { EVERYWHERE } from "./commonParts.js";
import type { Command } from "./types.js";

/** The description of what a usage line runs: its subcommand's ("/who is …"), else its command's. */
function descriptionOf(command: Command, usage: string): string {
  const word = usage.split(/\s+/)[1];
  const subcommand = (command.data.options ?? []).find(
    (option) => option.type === ApplicationCommandOptionType.Subcommand && option.name === word,
  );
  return subcommand?.description ?? command.data.description;
}

/** Whether a command, or any of its subcommands, has a story: option. */
function takesStory(command: Command): boolean {
  const named = (options: readonly { name: string; options?: unknown }[] = []): boolean =>
    options.some(
      (option) =>
        option.name === "story" ||
        named((option.options ?? []) as readonly { name: string; options?: unknown }[]),
    );
  return named(command.data.options ?? []);
}

export const help = {
  data: { ...EVERYWHERE, name: "help", description: "How to use Byline" },
  usage: "/help",
  run(_input, { commands, library }) {
    const examples = storyExamples(library);
    // Only a command that takes story: gets it ("/stories" lists them all and takes none).
    const inStory = (command: Command, usage: string) =>
      examples.story && takesStory(command) && !/^\/story\b/.test(usage)
        ? `${usage} story:${examples.story}`
        : usage;
    return {
      kind: "help",
      storiesLoaded: library.stories.length,
      commands: commands.flatMap((command) =>
        [typeof command.usage === "function" ? command.usage(examples) : command.usage]
          .flat()
          .map((usage) => ({
            name: command.data.name,
            description: descriptionOf(command, usage),
            usage: inStory(command, usage),
          })),
      ),
    };
  },
} satisfies Command;
