import type { ButtonInteraction, ModalSubmitInteraction } from "discord.js";
import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from "discord-api-types/v10";
import type { FeedbackLog } from "../db/feedbackLog.js";
import { REASON_FIELD, WRONG_MODAL } from "./customIds.js";
import { notice } from "./renderMessage.js";
import { replyPayload } from "./replyPayload.js";

/** How long a reason may be: a few sentences for the editors. */
const MAX_REASON_LENGTH = 1000;

export const THANKS =
  "Thank you: your report is kept for the editors, with the answer you saw. Byline's answers come from the story's own words, so a wrong attribution helps us fix how it reads stories.";

/** "Wrong?": a form asking, optionally, what is wrong. */
export async function askWhyWrong(interaction: ButtonInteraction): Promise<void> {
  const form: APIModalInteractionResponseCallbackData = {
    custom_id: WRONG_MODAL,
    title: "What is wrong with this answer?",
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: REASON_FIELD,
            label: "What is wrong? (optional)",
            style: TextInputStyle.Paragraph,
            required: false,
            max_length: MAX_REASON_LENGTH,
            placeholder: "e.g. The quote is Ken Obi's, not Dana Ruiz's.",
          },
        ],
      },
    ],
  };
  await interaction.showModal(form);
}

/**
 * The form sent: the report kept with the answer as the reader saw it (its text, the command in
 * its footer) and where it was, then a private thank-you.
 */
export async function recordWrong(
  interaction: ModalSubmitInteraction,
  feedback: FeedbackLog,
): Promise<void> {
  const message = interaction.message;
  const embeds = message?.embeds ?? [];
  const answer = embeds
    .map((embed) =>
      [
        embed.author?.name,
        embed.title,
        embed.description,
        ...embed.fields.map((f) => `${f.name}: ${f.value}`),
      ]
        .filter(Boolean)
        .join("\n"),
    )
    .join("\n\n");
  feedback.record({
    userId: interaction.user.id,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    ...(message ? { messageId: message.id } : {}),
    command: embeds.at(-1)?.footer?.text ?? "",
    answer: answer || (message?.content ?? ""),
    reason: interaction.fields.getTextInputValue(REASON_FIELD),
  });
  await interaction.reply(replyPayload(notice(THANKS)));
}
