import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const MODULE = new URL("../../dist/src/cli/heapGrowth.js", import.meta.url).href;

/**
 * A process that keeps 400,000 objects alive, then makes objects that live a while (long enough
 * to leave the young generation) and die: a bot's requests under load. Prints its heap's peak, in
 * MB, with Byline's bound on heap growth or without.
 */
const churn = (bounded: boolean) => `
  if (${bounded}) (await import(${JSON.stringify(MODULE)})).boundHeapGrowth();
  const alive = [];
  for (let i = 0; i < 4e5; i++) alive.push({ i, name: "x" + i, list: [i] });
  let recent = [];
  let peak = 0;
  for (let round = 0; round < 120; round++) {
    for (let i = 0; i < 20000; i++) recent.push({ i, name: "y" + i, list: [i, i] });
    if (recent.length > 60000) recent = recent.slice(20000);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    await new Promise((next) => setImmediate(next));
  }
  console.log(alive.length > 0 ? Math.round(peak / 1048576) : 0);
`;

async function peakHeapMb(bounded: boolean): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    "--input-type=module",
    "-e",
    churn(bounded),
  ]);
  return Number(stdout.trim());
}

describe("boundHeapGrowth", () => {
  it("keeps the heap near what is alive while short-lived objects pile up", async () => {
    const [free, bounded] = await Promise.all([peakHeapMb(false), peakHeapMb(true)]);
    // Measured: about 240 MB left to V8, 123 MB bounded, for 65 MB alive.
    expect(bounded).toBeGreaterThan(0);
    expect(bounded).toBeLessThan(free * 0.7);
  }, 60_000);
});
