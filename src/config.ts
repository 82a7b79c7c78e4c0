import { resolve } from "node:path";
import { config as loadDotenv } from "dotenv";
import { UserFacingError } from "./errors.js";
import { BUNDLED_CORPUS } from "./projectRoot.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Byline's settings, read from the environment (and `.env`), checked once. */
export interface Config {
  readonly discordToken?: string;
  readonly discordClientId?: string;
  readonly discordGuildId?: string;
  readonly logLevel: LogLevel;
  readonly corpusDir: string;
  /** The NO_COLOR convention (no-color.org): plain text even in a terminal. */
  readonly noColor: boolean;
}

const SNOWFLAKE = /^\d{17,20}$/;
const TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * Reads and checks the settings. `.env` in the working folder is loaded first when reading the
 * real environment; variables already set win. Throws a UserFacingError naming the variable.
 */
export function readConfig(env: NodeJS.ProcessEnv = loadEnvironment()): Config {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const discordToken = value("DISCORD_TOKEN");
  if (discordToken !== undefined && !TOKEN.test(discordToken)) {
    throw new UserFacingError(
      "Expected `DISCORD_TOKEN` to be a Discord bot token (three dot-separated parts, from the Developer Portal's Bot page).",
    );
  }
  const snowflake = (name: string) => {
    const id = value(name);
    if (id !== undefined && !SNOWFLAKE.test(id)) {
      throw new UserFacingError(
        `Expected \`${name}\` to be a Discord snowflake (17 to 20 digits); got "${id}".`,
      );
    }
    return id;
  };
  const logLevel = (value("LOG_LEVEL") ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new UserFacingError(
      `Expected \`LOG_LEVEL\` to be one of ${LOG_LEVELS.join(", ")}; got "${logLevel}".`,
    );
  }
  const corpus = value("CORPUS_DIR");
  return Object.freeze({
    ...(discordToken ? { discordToken } : {}),
    ...optional("discordClientId", snowflake("DISCORD_CLIENT_ID")),
    ...optional("discordGuildId", snowflake("DISCORD_GUILD_ID")),
    logLevel: logLevel as LogLevel,
    corpusDir: corpus ? resolve(corpus) : BUNDLED_CORPUS,
    noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== "",
  });
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function loadEnvironment(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
