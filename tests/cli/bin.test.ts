import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Built from the current sources by tests/globalSetup.ts before any test runs.
const BIN = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
// A working folder with no .env, so the binary sees only the environment given here.
const CWD = mkdtempSync(join(tmpdir(), "byline-bin-"));
const ENV = { PATH: process.env.PATH ?? "", HOME: CWD };

afterAll(() => rmSync(CWD, { recursive: true, force: true }));

function byline(args: readonly string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: CWD,
    env: ENV,
    input: input ?? "",
    encoding: "utf8",
    timeout: 15_000,
  });
}

describe("the byline binary", () => {
  it("GIVEN its output piped to a reader that stops after the first bytes (`| head -1`) THEN it exits 0 quietly, no stack trace", async () => {
    const child = spawn(process.execPath, [BIN, "console"], { cwd: CWD, env: ENV });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.end("/summary length:long\n".repeat(300));
    const [code] = await once(child, "exit");
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it("GIVEN a question piped into `console --json` WHEN run THEN its first result is ¶5 and it exits 0", () => {
    const result = byline(
      ["console", "--json"],
      "/ask How many drones could Iran provide to Russia?\n",
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? "") as {
      command: string;
      results: { paragraph: number }[];
    };
    expect(answer.command).toBe("ask");
    expect(answer.results[0]?.paragraph).toBe(5);
  });

  it("GIVEN no arguments and stdin that is not a terminal WHEN run without DISCORD_TOKEN THEN it exits 2 explaining why", () => {
    const result = byline([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no DISCORD_TOKEN is set and there is no terminal");
  });

  it("GIVEN --help WHEN run THEN it prints usage and exits 0", () => {
    const result = byline(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage:");
    expect(result.stdout).toContain("byline console");
  });

  it("GIVEN `excerpt 99` WHEN run THEN it exits 1 with the range on stderr", () => {
    const result = byline(["excerpt", "99"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("No paragraph 99: this story has ¶1–¶19.");
  });
});
