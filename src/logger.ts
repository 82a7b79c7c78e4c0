import pino, { type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";
import { errorWithoutTokens } from "./logSerializers.js";

/** Paths pino blanks out wherever they appear, so a token never reaches a log. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "discordToken",
  "*.discordToken",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "headers.authorization",
  "*.headers.authorization",
];

/** Byline's logger: JSON lines on stderr (or the given stream), the token redacted. */
export function createLogger(
  level: LogLevel,
  destination: DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      name: "byline",
      level,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: errorWithoutTokens },
    },
    destination,
  );
}

/**
 * Where a long-running bot logs: readable lines (pino-pretty) when stderr is a terminal, JSON
 * lines otherwise, for log collectors.
 */
export function logDestination(terminal: boolean, color: boolean): DestinationStream {
  if (!terminal) return pino.destination(2);
  return pino.transport({
    target: "pino-pretty",
    options: {
      destination: 2,
      colorize: color,
      translateTime: "SYS:HH:MM:ss",
      ignore: "pid,hostname",
    },
  });
}
