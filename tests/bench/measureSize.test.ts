import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/projectRoot.js";

const run = promisify(execFile);

/** One run of the benchmark's per-size process on the bundled story, its JSON line read back. */
async function measure(cache: string, ...args: string[]): Promise<Record<string, number>> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "bench/measureSize.ts", "--stories", "1", "--cache", cache, ...args],
    { cwd: projectRoot() },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
}

describe("the benchmark's per-size process (bench/measureSize.ts)", async () => {
  const cache = await mkdtemp(join(tmpdir(), "byline-bench-test-"));
  afterAll(() => rm(cache, { recursive: true, force: true }));

  it("GIVEN a cold run, then a warm one with --rounds 2 THEN the warm one times every command on the cache the cold one left", async () => {
    const cold = await measure(cache, "--phase", "cold");
    expect(cold).toMatchObject({ stories: 1 });
    expect(cold.whoSaidP50).toBeUndefined();
    const warm = await measure(cache, "--phase", "warm", "--rounds", "2");
    expect(warm.paragraphs).toBe(cold.paragraphs);
    for (const command of ["ask", "whoSaid", "whoIs", "summary", "autocomplete", "bareSearch"]) {
      expect(warm[`${command}P50`]).toBeGreaterThanOrEqual(0);
      expect(warm[`${command}P95`]).toBeGreaterThanOrEqual(warm[`${command}P50`] ?? 0);
    }
  }, 60_000);
});
