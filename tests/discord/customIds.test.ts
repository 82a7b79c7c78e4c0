import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ButtonAction, buttonId, readButtonId } from "../../src/discord/customIds.js";
import { DISCORD_LIMITS } from "../../src/discord/limits.js";

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 2n ** 64n - 1n }).map(String);
const action: fc.Arbitrary<ButtonAction> = fc.oneof(
  fc.record({ action: fc.constant("more" as const), asker: snowflake, page: fc.nat(10_000) }),
  fc.record({ action: fc.constant("delete" as const), asker: snowflake }),
  fc.constant({ action: "pin" as const }),
  fc.constant({ action: "wrong" as const }),
  fc.record({ action: fc.constant("at" as const), page: fc.nat(10_000) }),
  fc.record({ action: fc.constant("share" as const), asker: snowflake }),
  fc.record({
    action: fc.constantFrom("confirm" as const, "cancel" as const),
    asker: snowflake,
    key: fc.stringMatching(/^[\w-]{1,40}$/),
  }),
);

describe("button custom ids: state that survives a restart", () => {
  it("GIVEN any button WHEN encoded and read back THEN it is the same action, within 100 characters", () => {
    fc.assert(
      fc.property(action, (button) => {
        const id = buttonId(button);
        expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(readButtonId(id)).toEqual(button);
      }),
    );
  });

  it("GIVEN ids Byline did not make WHEN read THEN they are not mistaken for its buttons", () => {
    for (const id of [
      "",
      "other:more:1:2",
      "byline:more:abc:1",
      "byline:more:123",
      "byline:nuke",
      "byline:pin:1",
      "byline:confirm:123",
      "byline:confirm:123:a:b",
      "byline:share:x",
    ]) {
      expect(readButtonId(id)).toBeUndefined();
    }
  });
});
