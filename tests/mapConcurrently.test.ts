import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { mapConcurrently } from "../src/mapConcurrently.js";

describe("mapConcurrently", () => {
  it("GIVEN work that finishes out of order THEN the results are in the items' order, and never more than the limit run at once", async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrently([30, 5, 20, 1, 10, 2], 3, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await sleep(ms);
      running--;
      return `${i}:${ms}`;
    });
    expect(results).toEqual(["0:30", "1:5", "2:20", "3:1", "4:10", "5:2"]);
    expect(most).toBe(3);
  });

  it("GIVEN work that rejects THEN the whole rejects", async () => {
    await expect(
      mapConcurrently([1, 2], 2, async (n) => {
        if (n === 2) throw new Error("two");
        return n;
      }),
    ).rejects.toThrow("two");
  });
});
