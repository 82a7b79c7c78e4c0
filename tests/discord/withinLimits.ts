import { expect } from "vitest";
import { embedsLength } from "../../src/discord/embedRoom.js";
import { DISCORD_LIMITS as LIMITS } from "../../src/discord/limits.js";
import type { DiscordMessage } from "../../src/discord/renderMessage.js";

/** Message fields as they go over the wire (discord.js camel-cases none of these). */
interface WireMessage {
  readonly content?: string;
  readonly embeds?: DiscordMessage["embeds"];
  readonly components?: readonly { readonly components: readonly object[] }[];
}

/** Asserts every one of Discord's size limits on a message. */
export function expectWithinLimits(message: WireMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  expect(embedsLength(embeds)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footerText);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.authorName);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  for (const row of message.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components as { custom_id?: string }[]) {
      expect(button.custom_id?.length ?? 0).toBeLessThanOrEqual(LIMITS.customId);
    }
  }
}
