import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { parseCommandLine } from "../../src/cli/parseCommandLine.js";
import { UserFacingError } from "../../src/errors.js";

const definitions = commands.map((command) => command.data);

function parse(line: string) {
  return parseCommandLine(line, definitions);
}

function errorFor(line: string): string {
  try {
    parse(line);
  } catch (error) {
    if (error instanceof UserFacingError) return error.message;
    throw error;
  }
  throw new Error(`expected "${line}" to be refused`);
}

describe("parseCommandLine with Byline's commands", () => {
  it('GIVEN "/ask where is Putin going" WHEN parsed THEN the whole text is the question', () => {
    expect(parse("/ask where is Putin going")).toEqual({
      name: "ask",
      input: { question: "where is Putin going" },
    });
  });

  it('GIVEN "ask …" typed without the slash WHEN parsed THEN it is the same command', () => {
    expect(parse("ask where is Putin going")).toEqual({
      name: "ask",
      input: { question: "where is Putin going" },
    });
  });

  it("GIVEN a command name in capitals WHEN parsed THEN it is found", () => {
    expect(parse("/EXCERPT 3")).toEqual({ name: "excerpt", input: { paragraph: 3 } });
  });

  it("GIVEN a question containing a colon WHEN parsed THEN it stays whole", () => {
    expect(parse("/ask what happened at 3:30")).toEqual({
      name: "ask",
      input: { question: "what happened at 3:30" },
    });
  });

  it("GIVEN a question that starts with a word and a colon WHEN parsed THEN that word is not taken for an option", () => {
    expect(parse("/ask Update: did Putin arrive?").input).toEqual({
      question: "Update: did Putin arrive?",
    });
  });

  it("GIVEN a quoted question WHEN parsed THEN the quotes are dropped", () => {
    expect(parse('/ask "where is Putin going"').input).toEqual({
      question: "where is Putin going",
    });
    expect(parse("/ask “where is Putin going”").input).toEqual({
      question: "where is Putin going",
    });
  });

  it("GIVEN question: and story: options WHEN parsed THEN each value runs to the next option", () => {
    expect(parse("/ask question:how many drones story:putin-visits-tehran")).toEqual({
      name: "ask",
      input: { question: "how many drones", story: "putin-visits-tehran" },
    });
  });

  it.each([
    "/excerpt 3",
    "/excerpt paragraph:3",
    "excerpt   3  ",
    "/excerpt ¶3",
    "/excerpt paragraph:¶3",
  ])("GIVEN %j WHEN parsed THEN paragraph is the number 3", (line) => {
    expect(parse(line)).toEqual({ name: "excerpt", input: { paragraph: 3 } });
  });

  it("GIVEN a bare paragraph number and a story: option WHEN parsed THEN both are read", () => {
    expect(parse("/excerpt 3 story:putin-visits-tehran").input).toEqual({
      paragraph: 3,
      story: "putin-visits-tehran",
    });
  });

  it('GIVEN "/excerpt paragraph:abc" WHEN parsed THEN the error says it must be a whole number', () => {
    expect(errorFor("/excerpt paragraph:abc")).toBe(
      'paragraph: must be a whole number, not "abc". For example: /excerpt paragraph:1',
    );
  });

  it('GIVEN "/excerpt 2.5" WHEN parsed THEN the error says it must be a whole number', () => {
    expect(errorFor("/excerpt 2.5")).toContain("must be a whole number");
  });

  it('GIVEN "/excerpt 0" WHEN parsed THEN the error says it must be at least 1', () => {
    expect(errorFor("/excerpt 0")).toBe("paragraph: must be at least 1; got 0.");
  });

  it('GIVEN "/excerpt" with no paragraph WHEN parsed THEN the error says it needs paragraph: and shows an example', () => {
    expect(errorFor("/excerpt")).toBe(
      "/excerpt needs paragraph:, paragraph number (¶). For example: /excerpt paragraph:1",
    );
  });

  it('GIVEN "/ask" with no question WHEN parsed THEN the error says it needs question:', () => {
    expect(errorFor("/ask")).toContain("/ask needs question:");
  });

  it('GIVEN "/excerpt paragraph:" with an empty value WHEN parsed THEN the error says paragraph: is empty', () => {
    expect(errorFor("/excerpt paragraph:")).toBe(
      "paragraph: is empty. For example: /excerpt paragraph:1",
    );
  });

  it("GIVEN an unknown command WHEN parsed THEN the error names it and lists the commands", () => {
    expect(errorFor("/foo bar")).toBe(
      "Unknown command /foo. Commands: /ask, /who, /quotes, /summary, /excerpt, /pin, /stories, /story, /help. Type /help for examples.",
    );
  });

  it("GIVEN an empty line WHEN parsed THEN the error asks for a command", () => {
    expect(errorFor("  ")).toMatch(
      /^Type a command\. Commands: \/ask, \/who, \/quotes, \/summary, \/excerpt, \/pin, \/stories, \/story, \/help\./,
    );
  });

  it('GIVEN "/stories extra" WHEN parsed THEN the error says /stories takes no text', () => {
    expect(errorFor("/stories extra")).toBe("/stories takes no text. Type just /stories.");
  });

  it('GIVEN "/stories" WHEN parsed THEN it has no input', () => {
    expect(parse("/stories")).toEqual({ name: "stories", input: {} });
  });

  it.each(["/excerpt paragraph:3 paragraph:4", "/excerpt 3 paragraph:4"])(
    "GIVEN %j giving paragraph twice WHEN parsed THEN the error says to give each option once",
    (line) => {
      expect(errorFor(line)).toBe("/excerpt got paragraph: twice. Give each option once.");
    },
  );

  it('GIVEN "/excerpt paragrph:3" with a misspelt option WHEN parsed THEN the error names the unknown option and the real ones', () => {
    expect(errorFor("/excerpt paragrph:3")).toBe(
      "/excerpt has no option paragrph:. Did you mean paragraph:? Its options: paragraph:, story:.",
    );
  });

  it.each([
    ["/who said qoute:baseless", "/who said has no option qoute:. Did you mean quote:?"],
    ["/summary focus:drones lenght:long", "/summary has no option lenght:. Did you mean length:?"],
    ["/ask qestion:where is putin", "/ask has no option qestion:. Did you mean question:?"],
  ])(
    "GIVEN %j with an option's name misspelt inside text WHEN parsed THEN it is refused, naming the option meant",
    (line, message) => {
      expect(errorFor(line)).toContain(message);
    },
  );

  it.each([
    "/ask what happened at 10:15",
    "/ask note: what does UAV stand for",
    "/who said ratio: 3 to 1",
    "/ask what caused the storm: damage or wind",
    "/who said Note: we will monitor it",
    "/ask glory: who wrote that",
  ])(
    "GIVEN %j, a colon that is no option's misspelling WHEN parsed THEN it stays in the text",
    (line) => {
      expect(() => parse(line)).not.toThrow();
    },
  );

  it("GIVEN /pin 9, a bare whole number WHEN parsed THEN it is the paragraph, not a quote", () => {
    expect(parse("/pin 9")).toEqual({ name: "pin", input: { paragraph: 9 } });
    expect(parse("/pin baseless")).toEqual({ name: "pin", input: { quote: "baseless" } });
  });

  it("GIVEN a text option over its Discord length limit WHEN parsed THEN the error gives the length and the limit", () => {
    expect(errorFor(`/who is ${"x".repeat(120)}`)).toBe(
      "name: is 120 characters long; the limit is 100. Shorten it.",
    );
  });

  it("GIVEN a paragraph number too large for a number WHEN parsed THEN it is refused as such, not rounded", () => {
    expect(errorFor("/excerpt 99999999999999999999999")).toBe(
      "paragraph: 99999999999999999999999 is too large a number.",
    );
  });
});
