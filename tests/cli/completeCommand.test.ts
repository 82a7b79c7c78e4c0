import { describe, expect, it } from "vitest";
import { completeCommand } from "../../src/cli/completeCommand.js";

const NAMES = ["ask", "who said", "who is", "quotes", "summary", "story"];

describe("completeCommand (console Tab)", () => {
  it("GIVEN a command begun without a slash THEN it completes without one, the typed line kept, with a space after", () => {
    expect(completeCommand("as", NAMES)).toEqual([["ask "], "as"]);
    expect(completeCommand("who s", NAMES)).toEqual([["who said "], "who s"]);
  });

  it("GIVEN a command begun with a slash, or after spaces THEN the slash and the spaces stay", () => {
    expect(completeCommand("/qu", NAMES)).toEqual([["/quotes "], "/qu"]);
    expect(completeCommand("  /su", NAMES)).toEqual([["  /summary "], "  /su"]);
  });

  it("GIVEN a whole command THEN Tab adds the space after it", () => {
    expect(completeCommand("/ask", NAMES)).toEqual([["/ask "], "/ask"]);
  });

  it("GIVEN a prefix of several commands THEN every one is offered", () => {
    expect(completeCommand("s", NAMES)).toEqual([["summary ", "story "], "s"]);
    expect(completeCommand("/who ", NAMES)).toEqual([["/who said ", "/who is "], "/who "]);
  });

  it("GIVEN a command and its question, or words no command starts with THEN nothing is offered and the line is kept", () => {
    expect(completeCommand("/ask where is", NAMES)).toEqual([[], "/ask where is"]);
    expect(completeCommand("where is Putin", NAMES)).toEqual([[], "where is Putin"]);
  });
});
