import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFooter, readFooter } from "../../src/discord/commandFooter.js";

describe("answer footers: the command as typed, read back exactly by the More button", () => {
  it("GIVEN /who said baseless THEN the footer reads as the command typed", () => {
    const command = { name: "who", subcommand: "said", input: { quote: "baseless" } };
    expect(formatFooter(command, 0)).toBe('/who said quote:"baseless"');
    expect(formatFooter(command, 2)).toBe('/who said quote:"baseless" · page 3');
  });

  it("GIVEN text that looks like options, quotes or a page number THEN it reads back unchanged", () => {
    for (const question of [
      "what does the story: say about drones",
      "drones for: Russia",
      "what question: remains",
      '"quoted" question',
      "ends like a footer · page 2",
      "back\\slash",
    ]) {
      const command = { name: "ask", input: { question, story: "putin-visits-tehran" } };
      expect(readFooter(formatFooter(command, 1))).toEqual(command);
    }
  });

  it("GIVEN any command WHEN written and read back THEN it is the same command", () => {
    const name = fc.stringMatching(/^[a-z][a-z-]{0,15}$/);
    fc.assert(
      fc.property(
        name,
        fc.option(name, { nil: undefined }),
        fc.dictionary(name, fc.oneof(fc.string({ maxLength: 300 }), fc.integer())),
        fc.nat(50),
        (command, subcommand, input, page) => {
          const typed = { name: command, ...(subcommand ? { subcommand } : {}), input };
          expect(readFooter(formatFooter(typed, page))).toEqual(typed);
        },
      ),
    );
  });

  it("GIVEN a footer Byline did not write whole (cut short, or edited) THEN nothing is read from it", () => {
    expect(readFooter('/ask question:"How many drones…')).toBeUndefined();
    expect(readFooter("Pinned by mod_anna")).toBeUndefined();
  });
});
