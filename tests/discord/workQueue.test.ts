import { describe, expect, it } from "vitest";
import { WorkQueue } from "../../src/discord/workQueue.js";

/** Keeps the thread busy for `ms`, as a command's work does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("WorkQueue", () => {
  it("GIVEN jobs queued together THEN they run one at a time, in order, an urgent one at once", async () => {
    const queue = new WorkQueue();
    const ran: string[] = [];
    const jobs = [
      queue.run(() => ran.push("a")),
      queue.run(() => ran.push("b")),
      queue.run(() => ran.push("suggest"), "urgent"),
    ];
    expect(ran).toEqual(["suggest"]);
    expect(queue.waiting).toBe(2);
    await Promise.all(jobs);
    expect(ran).toEqual(["suggest", "a", "b"]);
    expect(queue.waiting).toBe(0);
  });

  it("GIVEN two long jobs THEN a timer due between them runs between them, not after both", async () => {
    const queue = new WorkQueue();
    const ran: string[] = [];
    let timer: Promise<void> | undefined;
    await Promise.all([
      queue.run(() => {
        // Due long before this job ends: it must run before the next job, not after it.
        timer = new Promise<void>((resolve) =>
          setTimeout(() => {
            ran.push("timer");
            resolve();
          }, 0),
        );
        busy(20);
        ran.push("first");
      }),
      queue.run(() => {
        busy(20);
        ran.push("second");
      }),
    ]);
    await timer;
    expect(ran).toEqual(["first", "timer", "second"]);
  });

  it("GIVEN a job that throws THEN its caller gets the error and the next job still runs", async () => {
    const queue = new WorkQueue();
    const failing = queue.run(() => {
      throw new Error("boom");
    });
    const next = queue.run(() => "fine");
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("fine");
  });

  it("GIVEN times to fill THEN they hold how long each job waited for its turn and ran", async () => {
    const queue = new WorkQueue();
    const first = { waitMs: 0, workMs: 0 };
    const second = { waitMs: 0, workMs: 0 };
    await Promise.all([
      queue.run(() => busy(30), "normal", first),
      queue.run(() => busy(10), "normal", second),
    ]);
    expect(first.workMs).toBeGreaterThanOrEqual(30);
    expect(second.workMs).toBeGreaterThanOrEqual(10);
    expect(second.workMs).toBeLessThan(30);
    // The second waited for the first to run.
    expect(second.waitMs).toBeGreaterThanOrEqual(30);
    expect(first.waitMs).toBeLessThan(second.waitMs);
  });

  it("GIVEN arrivals together and work queued THEN each arrival has a turn of its own, a timer due runs between two, and the work waits for them", async () => {
    const queue = new WorkQueue();
    const order: string[] = [];
    let timer: Promise<void> | undefined;
    const work = queue.run(() => order.push("work"));
    const arrivals = [1, 2, 3].map((i) =>
      queue.arrivalTurn().then(() => {
        order.push(`arrival ${i}`);
        if (i > 1) return;
        timer = new Promise<void>((resolve) =>
          setTimeout(() => {
            order.push("timer");
            resolve();
          }, 0),
        );
        busy(5);
      }),
    );
    await Promise.all([work, ...arrivals]);
    await timer;
    expect(order).toEqual(["arrival 1", "timer", "arrival 2", "arrival 3", "work"]);
  });
});
