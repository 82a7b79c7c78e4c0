import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readConfig } from "../src/config.js";
import { UserFacingError } from "../src/errors.js";

const BUNDLED_CORPUS = fileURLToPath(new URL("../corpus", import.meta.url));
const DEFAULT_CACHE = join(homedir(), ".cache", "byline");
const DEFAULT_DATA = join(homedir(), ".local", "share", "byline");

describe("readConfig", () => {
  it("GIVEN an empty environment WHEN read THEN log level is info, the corpus is the bundled corpus/ and nothing else is set", () => {
    expect(readConfig({})).toEqual({
      logLevel: "info",
      corpusDir: BUNDLED_CORPUS,
      noColor: false,
      cacheDir: DEFAULT_CACHE,
      dataDir: DEFAULT_DATA,
    });
    expect(readConfig({}).corpusDir.endsWith("/corpus")).toBe(true);
  });

  it("GIVEN variables that are empty or only spaces WHEN read THEN they count as unset", () => {
    expect(readConfig({ DISCORD_TOKEN: "  ", LOG_LEVEL: "", CORPUS_DIR: " " })).toEqual({
      logLevel: "info",
      corpusDir: BUNDLED_CORPUS,
      noColor: false,
      cacheDir: DEFAULT_CACHE,
      dataDir: DEFAULT_DATA,
    });
  });

  it("GIVEN NO_COLOR set to anything but empty WHEN read THEN colour is off (no-color.org)", () => {
    expect(readConfig({ NO_COLOR: "1" }).noColor).toBe(true);
    expect(readConfig({ NO_COLOR: "" }).noColor).toBe(false);
  });

  it("GIVEN CACHE_DIR, XDG_CACHE_HOME or CACHE_DIR=off WHEN read THEN the cache folder is that folder, $XDG_CACHE_HOME/byline, or none", () => {
    expect(readConfig({ CACHE_DIR: "cache/here" }).cacheDir).toBe(resolve("cache/here"));
    expect(readConfig({ XDG_CACHE_HOME: "/var/cache" }).cacheDir).toBe("/var/cache/byline");
    expect(readConfig({ CACHE_DIR: "/tmp/b", XDG_CACHE_HOME: "/var/cache" }).cacheDir).toBe(
      "/tmp/b",
    );
    expect(readConfig({ CACHE_DIR: "OFF" })).not.toHaveProperty("cacheDir");
  });

  it("GIVEN DATA_DIR or XDG_DATA_HOME WHEN read THEN the database folder is that folder, or $XDG_DATA_HOME/byline", () => {
    expect(readConfig({ DATA_DIR: "data/here" }).dataDir).toBe(resolve("data/here"));
    expect(readConfig({ XDG_DATA_HOME: "/var/lib" }).dataDir).toBe("/var/lib/byline");
  });

  it("GIVEN a relative CORPUS_DIR WHEN read THEN it is resolved to an absolute path from the working folder", () => {
    const config = readConfig({ CORPUS_DIR: "stories/today" });
    expect(config.corpusDir).toBe(resolve(process.cwd(), "stories/today"));
  });

  it("GIVEN a well-formed token and snowflakes WHEN read THEN they are kept, trimmed", () => {
    expect(
      readConfig({
        DISCORD_TOKEN: " aaa.bbb.ccc ",
        DISCORD_CLIENT_ID: "123456789012345678",
        DISCORD_GUILD_ID: "98765432109876543",
      }),
    ).toEqual({
      discordToken: "aaa.bbb.ccc",
      discordClientId: "123456789012345678",
      discordGuildId: "98765432109876543",
      logLevel: "info",
      corpusDir: BUNDLED_CORPUS,
      noColor: false,
      cacheDir: DEFAULT_CACHE,
      dataDir: DEFAULT_DATA,
    });
  });

  it.each(["abc", "aaa.bbb", "aaa.bbb.ccc.ddd", "aaa bbb.ccc.ddd"])(
    "GIVEN the DISCORD_TOKEN %j WHEN read THEN a UserFacingError names DISCORD_TOKEN and does not echo it",
    (token) => {
      const read = () => readConfig({ DISCORD_TOKEN: token });
      expect(read).toThrow(UserFacingError);
      expect(read).toThrow(/^Expected `DISCORD_TOKEN` to be a Discord bot token/);
      try {
        read();
      } catch (error) {
        expect((error as Error).message).not.toContain(token);
      }
    },
  );

  it.each([
    ["DISCORD_CLIENT_ID", "my-bot"],
    ["DISCORD_CLIENT_ID", "1234567890123456"],
    ["DISCORD_GUILD_ID", "123456789012345678901"],
    ["DISCORD_GUILD_ID", "12345678901234567x"],
  ])(
    "GIVEN %s=%j WHEN read THEN a UserFacingError says it must be a snowflake and shows the value",
    (name, id) => {
      expect(() => readConfig({ [name]: id })).toThrow(
        `Expected \`${name}\` to be a Discord snowflake (17 to 20 digits); got "${id}".`,
      );
    },
  );

  it.each(["DEBUG", "Warn", "silent"])(
    "GIVEN LOG_LEVEL=%s WHEN read THEN it is accepted in lower case",
    (level) => {
      expect(readConfig({ LOG_LEVEL: level }).logLevel).toBe(level.toLowerCase());
    },
  );

  it("GIVEN an unknown LOG_LEVEL WHEN read THEN a UserFacingError names LOG_LEVEL and lists the levels", () => {
    expect(() => readConfig({ LOG_LEVEL: "verbose" })).toThrow(
      'Expected `LOG_LEVEL` to be one of fatal, error, warn, info, debug, trace, silent; got "verbose".',
    );
  });

  it("GIVEN any environment WHEN read THEN the returned settings are frozen", () => {
    const config = readConfig({ LOG_LEVEL: "debug", DISCORD_TOKEN: "aaa.bbb.ccc" });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { logLevel: string }).logLevel = "trace";
    }).toThrow(TypeError);
  });
});
