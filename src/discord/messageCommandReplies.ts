import {
  type ButtonInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from "discord.js";
import { withDefaultStory } from "../../commands/commonParts.js";
import { messageText } from "../../commands/messageCommand.js";
import type { CommandResult } from "../../commands/types.js";
import { UserFacingError } from "../errors.js";
import { shareButtons } from "./answerButtons.js";
import type { FooterCommand } from "./commandFooter.js";
import {
  findCommand,
  type Handling,
  type Outcome,
  readMissingStatements,
} from "./interactionParts.js";
import { notice, renderMessage } from "./renderMessage.js";
import { editPayload, replyPayload } from "./replyPayload.js";

/**
 * "Who said this?" and "Find in story" on a chat message: /who said or /ask on its text, answered
 * privately to the person who asked, with a button to share the answer in the channel.
 */
export async function answerMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  handling: Handling,
): Promise<Outcome> {
  const { context, queue, times } = handling;
  const messageCommand = context.messageCommands?.find(
    (c) => c.data.name === interaction.commandName,
  );
  if (!messageCommand)
    throw new Error(`no handler for the message command ${interaction.commandName}`);
  const text = messageText(interaction.targetMessage.content);
  if (text === "") {
    await interaction.reply(
      replyPayload(
        notice(
          `That message has no text to look up. Use ${messageCommand.data.name} on a message with words in it, or type /${messageCommand.runs.name}.`,
        ),
      ),
    );
    return "refused";
  }
  const command = findCommand(context, messageCommand.runs.name);
  const typed: FooterCommand = {
    name: messageCommand.runs.name,
    ...(messageCommand.runs.subcommand ? { subcommand: messageCommand.runs.subcommand } : {}),
    input: withDefaultStory(
      command,
      messageCommand.input(text),
      messageCommand.runs.subcommand,
      context,
    ),
  };
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await readMissingStatements(command, typed.input, handling);
  let result: CommandResult;
  try {
    result = await queue.run(
      () => command.run(typed.input, { ...context, page: 0 }, typed.subcommand),
      "normal",
      times,
    );
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    await interaction.editReply(editPayload(notice(error.message)));
    return "refused";
  }
  const message = renderMessage(result, {
    command: typed,
    asker: interaction.user.id,
    page: 0,
    pinnable: false,
  });
  if (message.ephemeral) {
    await interaction.editReply(editPayload(message));
    return "nothing";
  }
  await interaction.editReply(
    editPayload({ ...message, components: shareButtons(interaction.user.id) }),
  );
  return "answered";
}

/** Share in channel: the private answer, posted publicly as a reply to the button. */
export async function shareAnswer(interaction: ButtonInteraction): Promise<Outcome> {
  const { embeds } = interaction.message;
  if (embeds.length === 0) {
    await interaction.reply(
      replyPayload(notice("There is nothing to share. Run the command again.")),
    );
    return "refused";
  }
  await interaction.reply({
    content: `Shared by <@${interaction.user.id}>:`,
    embeds: embeds.map((embed) => embed.toJSON()),
    allowedMentions: { parse: [] },
  });
  return "shared";
}
