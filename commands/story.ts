import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord-api-types/v10";
import { storyCard } from "../src/answers/describeStories.js";
import { previewStory } from "../src/answers/storyPreview.js";
import { UserFacingError } from "../src/errors.js";
import { completeStory, IN_SERVERS } from "./commonParts.js";
import { stories } from "./stories.js";
import type { Command, CommandContext, CommandInput, CommandResult } from "./types.js";
import { textOption } from "./types.js";

const storyToName = {
  type: ApplicationCommandOptionType.String,
  name: "story",
  description: "The story (its file name without extension)",
  autocomplete: true,
} as const;

/**
 * `/story` for moderators: add a story from a file, remove one, choose the server's default.
 * Adding and removing are confirmed with a button (the Discord adapter saves on confirmation).
 */
export const story = {
  data: {
    name: "story",
    description: "Moderators: add, remove or choose the stories Byline answers from",
    // Hidden from members who cannot manage messages; checked again when it runs.
    default_member_permissions: String(PermissionFlagsBits.ManageMessages),
    ...IN_SERVERS,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "show",
        description: "The loaded stories and this server's default story",
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "add",
        description: "Add a story from a .txt or .md file (or replace the story of the same name)",
        options: [
          {
            type: ApplicationCommandOptionType.Attachment,
            name: "file",
            description: "The story: a .txt or .md file, as the corpus folder takes them",
            required: true,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "remove",
        description: "Remove a story (its file is kept in Byline's data folder)",
        options: [{ ...storyToName, required: true }],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "use",
        description: "The story this server's commands answer from when story: is not given",
        options: [
          {
            ...storyToName,
            description: "The story; leave out to clear the default",
            required: false,
          },
        ],
      },
    ],
  },
  usage: ({ story: id }) => [
    "/story show",
    "/story add file:<a .txt or .md file>",
    ...(id ? [`/story use story:${id}`] : []),
  ],
  run(input, context, subcommand) {
    switch (subcommand) {
      case "add":
        return addStory(input, context);
      case "remove":
        return {
          kind: "storyRemoval",
          story: storyCard(context.library.story(textOption(input, "story"))),
        };
      case "use":
        return useStory(input, context);
      default:
        return stories.run(input, context);
    }
  },
  complete: completeStory,
} satisfies Command;

async function addStory(input: CommandInput, context: CommandContext): Promise<CommandResult> {
  const upload = context.uploads?.get(String(input.file ?? ""));
  if (!upload)
    throw new UserFacingError("Attach the story as a .txt or .md file: /story add file:<file>.");
  if (!context.corpus)
    throw new UserFacingError(
      "Stories cannot be added here: Byline runs without its corpus folder.",
    );
  const preview = context.corpus.preview(upload.name, upload.bytes);
  const statements = await (context.readStatements?.(preview) ??
    Promise.resolve(context.library.statementsOf(preview)));
  return { kind: "storyPreview", preview: previewStory(preview, statements, context.library) };
}

function useStory(input: CommandInput, { library, server }: CommandContext): CommandResult {
  if (!server)
    throw new UserFacingError("A default story is chosen per server: run /story use in one.");
  const id = textOption(input, "story");
  if (id === undefined) {
    server.settings.setDefaultStory(server.id, undefined);
    return {
      kind: "done",
      message:
        "This server has no default story now: commands search every story, or the one named with story:.",
    };
  }
  const chosen = library.story(id);
  server.settings.setDefaultStory(server.id, chosen.id);
  return {
    kind: "done",
    message: `Commands in this server now answer from "${chosen.title}" (${chosen.id}) when story: is not given.`,
  };
}
