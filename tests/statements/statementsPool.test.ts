import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { StatementsPool } from "../../src/statements/statementsPool.js";
import { readStory, SEED_STORY } from "../helpers.js";

const pool = new StatementsPool(1);

afterAll(async () => {
  await pool.close();
});

/** The nice value of each of this process's threads (Linux: /proc/self/task/<id>/stat, field 19). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe("StatementsPool", () => {
  it.runIf(process.platform === "linux")(
    "GIVEN a story read on the worker thread THEN that thread gives way (nice 10) and this one keeps its priority",
    async () => {
      const before = threadNiceValues();
      const statements = await pool.read(readStory(SEED_STORY));
      expect(statements.statements.length).toBeGreaterThan(0);
      const after = threadNiceValues();
      expect(after.filter((nice) => nice === 10).length).toBe(
        before.filter((nice) => nice === 10).length + 1,
      );
      // setPriority(0) on the worker changed its own thread, not the process's first one.
      expect(after[0]).toBe(before[0]);
    },
  );
});
