import { ApplicationCommandOptionType } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitChoices } from "../../src/discord/fitChoices.js";

describe("fitChoices: autocomplete within Discord's rules", () => {
  it("GIVEN any suggestions WHEN fitted for a text option THEN at most 25, labels 1–100, values 1–100, none twice", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ maxLength: 300 }),
            value: fc.oneof(fc.string({ maxLength: 150 }), fc.integer()),
          }),
          { maxLength: 60 },
        ),
        (choices) => {
          const fitted = fitChoices(choices, ApplicationCommandOptionType.String);
          expect(fitted.length).toBeLessThanOrEqual(25);
          for (const choice of fitted) {
            expect(choice.name.length).toBeGreaterThan(0);
            expect(choice.name.length).toBeLessThanOrEqual(100);
            expect(typeof choice.value).toBe("string");
            expect(String(choice.value).length).toBeGreaterThan(0);
            expect(String(choice.value).length).toBeLessThanOrEqual(100);
          }
          expect(new Set(fitted.map((c) => c.value)).size).toBe(fitted.length);
        },
      ),
    );
  });

  it("GIVEN text values for an integer option WHEN fitted THEN only numbers remain, in order", () => {
    const fitted = fitChoices(
      [
        { name: "¶3 While in Tehran", value: 3 },
        { name: "typed", value: "three" },
        { name: "¶13 Senior fellow", value: 13 },
      ],
      ApplicationCommandOptionType.Integer,
    );
    expect(fitted).toEqual([
      { name: "¶3 While in Tehran", value: 3 },
      { name: "¶13 Senior fellow", value: 13 },
    ]);
  });
});
