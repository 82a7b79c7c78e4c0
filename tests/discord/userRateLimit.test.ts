import { describe, expect, it } from "vitest";
import { UserRateLimit } from "../../src/discord/userRateLimit.js";

describe("UserRateLimit", () => {
  it("GIVEN a burst of three and one token back every second THEN the fourth at once waits a second, and one comes back after it", () => {
    const limit = new UserRateLimit(3, 1000);
    expect([0, 0, 0].map((at) => limit.take("ana", at).allowed)).toEqual([true, true, true]);
    expect(limit.take("ana", 0)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(limit.take("ana", 400)).toEqual({ allowed: false, retryAfterMs: 600 });
    expect(limit.take("ana", 1000)).toEqual({ allowed: true });
    expect(limit.take("ana", 1000).allowed).toBe(false);
  });

  it("GIVEN one person over the limit THEN another is not", () => {
    const limit = new UserRateLimit(1, 1000);
    expect(limit.take("ana", 0).allowed).toBe(true);
    expect(limit.take("ana", 0).allowed).toBe(false);
    expect(limit.take("ben", 0).allowed).toBe(true);
  });

  it("GIVEN a long pause THEN the bucket is full again, never fuller", () => {
    const limit = new UserRateLimit(2, 1000);
    limit.take("ana", 0);
    limit.take("ana", 0);
    expect([60_000, 60_000, 60_000].map((at) => limit.take("ana", at).allowed)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
