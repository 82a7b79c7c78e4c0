import { Writable } from "node:stream";
import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger("info", stream) };
}

describe("logger: no secret reaches a log", () => {
  it("GIVEN a config with the bot token WHEN logged THEN the token is redacted", () => {
    const { lines, logger } = capture();
    logger.info({ config: { discordToken: "MTIz.abc.def" }, token: "MTIz.abc.def" }, "start");
    expect(lines.join("")).not.toContain("MTIz.abc.def");
    expect(lines.join("")).toContain("[redacted]");
  });

  it("GIVEN a Discord API error on an interaction callback WHEN logged THEN the interaction token is blanked, the rest kept", () => {
    const { lines, logger } = capture();
    const error = new DiscordAPIError(
      { code: 10062, message: "Unknown interaction" },
      10062,
      404,
      "POST",
      "https://discord.com/api/v10/interactions/1234567890/aW50ZXJhY3Rpb246c2VjcmV0.dG9rZW4/callback",
      { files: undefined, body: undefined },
    );
    logger.error({ err: error }, "interaction failed");
    const line = lines.join("");
    expect(line).not.toContain("aW50ZXJhY3Rpb246c2VjcmV0");
    expect(line).toContain("/interactions/1234567890/[redacted]/callback");
    expect(line).toContain("Unknown interaction");
  });
});
