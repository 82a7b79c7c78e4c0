import {
  type APIMessage,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  MessageFlags,
  PermissionFlagsBits,
  PermissionsBitField,
  RESTJSONErrorCodes,
  Routes,
} from "discord.js";
import type { CommandResult } from "../../commands/types.js";
import { notice, pinnedMessage } from "./renderMessage.js";
import { editPayload, replyPayload, restPayload } from "./replyPayload.js";

type PinResult = Extract<CommandResult, { kind: "pin" }>;

/** What the bot needs in a channel to post an excerpt and pin it, by name for the message. */
const POST_AND_PIN = [
  ["View Channel", PermissionFlagsBits.ViewChannel],
  ["Send Messages", PermissionFlagsBits.SendMessages],
  ["Embed Links", PermissionFlagsBits.EmbedLinks],
  ["Pin Messages", PermissionFlagsBits.PinMessages],
] as const;
const PIN_ONLY = POST_AND_PIN.filter(
  ([name]) => name === "View Channel" || name === "Pin Messages",
);
/** In a thread, posting takes Send Messages in Threads instead of Send Messages. */
const POST_AND_PIN_IN_THREAD = POST_AND_PIN.map(([name, flag]) =>
  name === "Send Messages"
    ? (["Send Messages in Threads", PermissionFlagsBits.SendMessagesInThreads] as const)
    : ([name, flag] as const),
);

export const MEMBER_CANNOT_PIN =
  "Only members with the Pin Messages permission can pin excerpts. Ask a moderator to pin it.";

/** Whether the member who clicked or typed may pin (Administrator counts). */
export function memberMayPin(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.PinMessages) ?? false;
}

/**
 * `/pin`, after its private deferral: posts the excerpt in the channel and pins that message.
 * Whatever fails, the moderator is told privately what to fix, and no unpinned copy is left.
 */
export async function postAndPin(
  interaction: ChatInputCommandInteraction,
  result: PinResult,
): Promise<"pinned" | "refused"> {
  const missing = missingPermissions(
    interaction,
    interaction.channel?.isThread() ? POST_AND_PIN_IN_THREAD : POST_AND_PIN,
  );
  if (missing) {
    await interaction.editReply(editPayload(notice(missing)));
    return "refused";
  }
  const { rest } = interaction.client;
  const channel = interaction.channelId;
  let posted: APIMessage;
  try {
    posted = (await rest.post(Routes.channelMessages(channel), {
      body: restPayload(pinnedMessage(result, interaction.user.username)),
    })) as APIMessage;
  } catch (error) {
    if (!refusedAccess(error)) throw error;
    await interaction.editReply(
      editPayload(
        notice(
          "Discord refused to let me post here: I need View Channel, Send Messages (Send Messages in Threads, in a thread) and Embed Links in this channel. A server admin can grant them to Byline's role.",
        ),
      ),
    );
    return "refused";
  }
  try {
    await rest.put(Routes.channelMessagesPin(channel, posted.id));
  } catch (error) {
    await rest.delete(Routes.channelMessage(channel, posted.id));
    const why = pinFailure(error);
    if (!why) throw error;
    await interaction.editReply(editPayload(notice(why)));
    return "refused";
  }
  await interaction.editReply(
    editPayload(notice(`📌 Pinned ¶${result.excerpt.paragraph} in this channel.`)),
  );
  return "pinned";
}

/** The 📌 Pin button: pins the answer it is on. */
export async function pinAnswer(interaction: ButtonInteraction): Promise<"pinned" | "refused"> {
  if (!memberMayPin(interaction)) {
    await interaction.reply(replyPayload(notice(MEMBER_CANNOT_PIN)));
    return "refused";
  }
  const missing = missingPermissions(interaction, PIN_ONLY);
  if (missing) {
    await interaction.reply(replyPayload(notice(missing)));
    return "refused";
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    await interaction.client.rest.put(
      Routes.channelMessagesPin(interaction.channelId, interaction.message.id),
    );
  } catch (error) {
    const why = pinFailure(error);
    if (!why) throw error;
    await interaction.editReply(editPayload(notice(why)));
    return "refused";
  }
  await interaction.editReply(editPayload(notice("📌 Pinned this answer in the channel.")));
  return "pinned";
}

function missingPermissions(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  needed: readonly (readonly [string, bigint])[],
): string | undefined {
  const granted = new PermissionsBitField(interaction.appPermissions ?? 0n);
  const missing = needed.filter(([, flag]) => !granted.has(flag)).map(([name]) => name);
  if (missing.length === 0) return undefined;
  const list = missing.join(", ");
  return `I can't pin in this channel: I'm missing the ${list} permission${missing.length > 1 ? "s" : ""} here. A server admin can grant ${missing.length > 1 ? "them" : "it"} to Byline's role (Server Settings → Roles) or in this channel's permissions.`;
}

function refusedAccess(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.MissingPermissions ||
      error.code === RESTJSONErrorCodes.MissingAccess)
  );
}

/** The moderator's message for a pin Discord refused, or undefined when it is not a known refusal. */
function pinFailure(error: unknown): string | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.code === RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel) {
    return "This channel has reached Discord's limit of 250 pinned messages. Unpin an older message, then pin again.";
  }
  if (error.code === RESTJSONErrorCodes.MissingPermissions) {
    return "Discord refused the pin: I'm missing the Pin Messages permission in this channel. A server admin can grant it to Byline's role.";
  }
  return undefined;
}
