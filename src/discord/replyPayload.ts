import { MessageFlags, type MessageMentionOptions } from "discord.js";
import type { DiscordMessage } from "./renderMessage.js";

/** No one is ever pinged: not users, roles, @everyone, nor the author of a replied-to message. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** A message as discord.js sends a reply or follow-up: private when ephemeral, mentioning no one. */
export function replyPayload(message: DiscordMessage) {
  return {
    ...editPayload(message),
    ...(message.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** A message as discord.js sends an edit or an update (which cannot change who sees it). */
export function editPayload(message: DiscordMessage) {
  return {
    content: message.content ?? "",
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_MENTIONS,
  };
}

/** A message as the REST API takes it, for what the bot posts in a channel itself. */
export function restPayload(message: DiscordMessage) {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
  };
}
