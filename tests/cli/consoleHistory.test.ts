import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { historyFile, readHistory, writeHistory } from "../../src/cli/consoleHistory.js";

const BIN = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
const STATE = mkdtempSync(join(tmpdir(), "byline-history-"));
afterAll(() => rmSync(STATE, { recursive: true, force: true }));

describe("console history file", () => {
  it("GIVEN XDG_STATE_HOME THEN the history lives under it; without it, under ~/.local/state", () => {
    expect(historyFile({ XDG_STATE_HOME: "/state" })).toBe("/state/byline/console_history");
    expect(historyFile({ HOME: "/home/ana" })).toBe(
      "/home/ana/.local/state/byline/console_history",
    );
  });

  it("GIVEN lines written newest first THEN they read back newest first, the oldest dropped past the size", () => {
    const file = join(STATE, "unit", "history");
    writeHistory(file, ["/excerpt 3", "/story", "/help"]);
    expect(readFileSync(file, "utf8")).toBe("/help\n/story\n/excerpt 3\n");
    expect(readHistory(file, 2)).toEqual(["/excerpt 3", "/story"]);
  });

  it("GIVEN no file, or a place that cannot be written THEN no history and no error", () => {
    expect(readHistory(join(STATE, "missing"), 10)).toEqual([]);
    const aFile = join(STATE, "a-file");
    writeFileSync(aFile, "");
    expect(() => writeHistory(join(aFile, "byline", "history"), ["/help"])).not.toThrow();
    expect(() => writeHistory("/proc/byline/history", ["/help"])).not.toThrow();
  });
});

/** The console in a real terminal (a pseudo-terminal made by util-linux's `script`). */
function consoleInTerminal() {
  const child = spawn("script", ["-qec", `"${process.execPath}" "${BIN}" console`, "/dev/null"], {
    env: { PATH: process.env.PATH ?? "", HOME: STATE, XDG_STATE_HOME: STATE, TERM: "xterm" },
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  const prompts = () => output.split("byline> ").length - 1;
  const nextPrompt = async (count: number) => {
    const deadline = Date.now() + 15_000;
    while (prompts() < count) {
      if (Date.now() > deadline) throw new Error(`no prompt ${count} in: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    async type(keys: string, prompt: number) {
      await nextPrompt(prompt);
      child.stdin.write(keys);
    },
    async quit(prompt: number) {
      await nextPrompt(prompt);
      child.stdin.write("/quit\r");
      await new Promise((resolve) => child.on("exit", resolve));
      return output;
    },
  };
}

describe("console history across runs", () => {
  it("GIVEN /excerpt 3 typed in one run WHEN the next run's first key is ↑ THEN it runs /excerpt 3 again", async () => {
    const first = consoleInTerminal();
    await first.type("/excerpt 3\r", 1);
    await first.quit(2);
    expect(readHistory(historyFile({ XDG_STATE_HOME: STATE }), 10)).toEqual(["/excerpt 3"]);

    const second = consoleInTerminal();
    await second.type("\u001b[A\r", 1);
    const output = await second.quit(2);
    expect(output).toContain("While in Tehran, Putin is expected to have a separate meeting");
  }, 40_000);
});
