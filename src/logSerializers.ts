import pino from "pino";

/** Interaction and webhook tokens in Discord URLs: each lets anyone answer as the bot for 15 min. */
const URL_TOKENS = /\/(interactions\/\d+|webhooks\/\d+)\/[\w.-]+/g;

/** Text with the tokens in any Discord interaction or webhook URL blanked out. */
export function withoutUrlTokens(text: string): string {
  return text.replace(URL_TOKENS, "/$1/[redacted]");
}

/**
 * pino's error serializer, with interaction and webhook tokens blanked out wherever an error
 * carries a Discord URL (discord.js's DiscordAPIError has it in `url`, message and stack).
 */
export function errorWithoutTokens(error: Error): ReturnType<typeof pino.stdSerializers.err> {
  const serialized = pino.stdSerializers.err(error);
  return JSON.parse(withoutUrlTokens(JSON.stringify(serialized))) as ReturnType<
    typeof pino.stdSerializers.err
  >;
}
