import { describe, expect, it } from "vitest";
import { EXIT_FAILED, EXIT_OK } from "../../src/cli/main.js";
import { runCli } from "./runCli.js";

describe("/pin in the console and one-shot CLI: what would be pinned", () => {
  it("GIVEN /pin paragraph:9 THEN the paragraph with its attribution, and a word that pinning happens in Discord", async () => {
    const { code, stdout } = await runCli(["console"], { input: "/pin paragraph:9\n" });
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain(
      "But Iran's Foreign Minister Hossein Amirabdollahian said in a phone call",
    );
    expect(stdout).toContain("— ¶9 · “Russian President Vladimir Putin is traveling to Tehran…”");
    expect(stdout).toContain("(In Discord, /pin posts this in the channel and pins it.)");
  });

  it("GIVEN /pin quote: --json THEN the paragraph holding the quote, with its speaker", async () => {
    const { code, stdout } = await runCli(["pin", "quote:baseless", "--json"]);
    expect(code).toBe(EXIT_OK);
    const answer = JSON.parse(stdout) as { results: Record<string, unknown>[] };
    expect(answer.results[0]).toMatchObject({
      story: "putin-visits-tehran",
      paragraph: 9,
      speaker: { name: "Hossein Amirabdollahian", role: "Iran's Foreign Minister" },
    });
  });

  it("GIVEN both paragraph: and quote:, or neither THEN a clear error naming both forms", async () => {
    for (const line of ["/pin paragraph:3 quote:baseless\n", "/pin\n"]) {
      const { stdout } = await runCli(["console", "--json"], { input: line });
      const answer = JSON.parse(stdout) as { error?: { message: string } };
      expect(answer.error?.message).toBe(
        "Give /pin either paragraph: or quote:, e.g. /pin paragraph:3 or /pin quote:baseless.",
      );
    }
    const { code } = await runCli(["pin", "quote:the earth is flat"]);
    expect(code).toBe(EXIT_FAILED);
  });
});
