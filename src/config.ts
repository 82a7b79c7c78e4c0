import { resolve } from "node:path";
import { config as loadDotenv } from "dotenv";
import { cacheDirectory } from "./cache/cacheDirectory.js";
import { dataDirectory } from "./db/dataDirectory.js";
import { UserFacingError } from "./errors.js";
import { BUNDLED_CORPUS } from "./projectRoot.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Byline's settings, read from the environment (and `.env`), checked once. */
export interface Config {
  readonly discordToken?: string;
  readonly discordClientId?: string;
  readonly discordGuildId?: string;
  /**
   * Another Discord-compatible API for discord.js's REST client (without `/v10`, which discord.js
   * appends); the gateway URL then comes from that API's `/gateway/bot`.
   */
  readonly discordApiBase?: string;
  readonly logLevel: LogLevel;
  readonly corpusDir: string;
  /** The NO_COLOR convention (no-color.org): plain text even in a terminal. */
  readonly noColor: boolean;
  /** Where the bot keeps what it read out of the stories (CACHE_DIR); undefined when "off". */
  readonly cacheDir?: string;
  /** Where servers' settings and readers' feedback are kept (DATA_DIR): a SQLite database. */
  readonly dataDir: string;
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
  const discordApiBase = apiBase(value("DISCORD_API_BASE"));
  // discord.com's tokens and ids have known shapes; another API (a self-hosted one, a test
  // double) may issue its own, so only their basic form is checked there.
  const tokenShape = discordApiBase ? /^\S+$/ : TOKEN;
  const idShape = discordApiBase ? /^\d+$/ : SNOWFLAKE;
  const discordToken = value("DISCORD_TOKEN");
  if (discordToken !== undefined && !tokenShape.test(discordToken)) {
    throw new UserFacingError(
      discordApiBase
        ? "Expected `DISCORD_TOKEN` to be a token without spaces."
        : "Expected `DISCORD_TOKEN` to be a Discord bot token (three dot-separated parts, from the Developer Portal's Bot page).",
    );
  }
  const snowflake = (name: string) => {
    const id = value(name);
    if (id !== undefined && !idShape.test(id)) {
      throw new UserFacingError(
        discordApiBase
          ? `Expected \`${name}\` to be a number; got "${id}".`
          : `Expected \`${name}\` to be a Discord snowflake (17 to 20 digits); got "${id}".`,
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
    ...optional("discordApiBase", discordApiBase),
    logLevel: logLevel as LogLevel,
    corpusDir: corpus ? resolve(corpus) : BUNDLED_CORPUS,
    noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== "",
    ...optional("cacheDir", cacheDirectory(env)),
    dataDir: dataDirectory(env),
  });
}

/** DISCORD_API_BASE checked: an http(s) URL, without the API version, no trailing slash. */
function apiBase(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserFacingError(
      `Expected \`DISCORD_API_BASE\` to be a URL such as http://127.0.0.1:8080/api; got "${raw}".`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserFacingError(
      `Expected \`DISCORD_API_BASE\` to be an http:// or https:// URL; got "${raw}".`,
    );
  }
  const base = raw.replace(/\/+$/, "");
  if (/\/v\d+$/.test(base)) {
    throw new UserFacingError(
      `Give \`DISCORD_API_BASE\` without the API version (discord.js adds /v10): ${base.replace(/\/v\d+$/, "")}`,
    );
  }
  return base;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function loadEnvironment(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
