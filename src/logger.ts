import pino, { type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

/** Paths pino blanks out wherever they appear, so a token never reaches a log. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "discordToken",
  "*.discordToken",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "headers.authorization",
];

/** Byline's logger: JSON lines on stderr (or the given stream), the token redacted. */
export function createLogger(
  level: LogLevel,
  destination: DestinationStream = pino.destination(2),
): Logger {
  return pino(
    { name: "byline", level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } },
    destination,
  );
}
