import { readdirSync } from "node:fs";
import fc from "fast-check";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { runCommandLine } from "../../src/cli/runCommandLine.js";
import { BUNDLED_CORPUS } from "../../src/projectRoot.js";
import { LiveCorpus } from "../../src/story/liveCorpus.js";
import { fixturePath, libraryOf, SEED_STORY } from "../helpers.js";

const context = { library: libraryOf(SEED_STORY), commands };

describe("runCommandLine", () => {
  it("GIVEN a valid line THEN the outcome carries the command, its input and the result", async () => {
    const outcome = await runCommandLine("/excerpt paragraph:2", context);
    expect(outcome).toMatchObject({
      command: "excerpt",
      input: { paragraph: 2 },
      result: { kind: "excerpt" },
    });
  });

  it("GIVEN a mistake THEN the outcome carries the user's message and no bug", async () => {
    const outcome = await runCommandLine("/excerpt 99", context);
    expect(outcome).toEqual({
      command: "excerpt",
      input: { paragraph: 99 },
      error: "No paragraph 99: this story has ¶1–¶19.",
    });
  });

  it("GIVEN control characters typed or pasted in (a terminal escape sequence) THEN the error never echoes them", async () => {
    const outcome = await runCommandLine("/\u001b[31mfoo\u0007", context);
    expect("error" in outcome && outcome.error).toBeTruthy();
    expect(JSON.stringify(outcome)).not.toMatch(/\\u001b|\\u0007/);
  });

  it("GIVEN any text typed at the console THEN it never throws and every error is a message", async () => {
    const line = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 400 }),
      fc
        .tuple(
          fc.constantFrom(
            "/ask ",
            "/excerpt ",
            "/story ",
            "/stories ",
            "/story add ",
            "/story use ",
            "/story remove ",
            "/help ",
            "/ask question:",
            "/excerpt paragraph:",
            "/who said ",
            "/who is ",
            "/who ",
            "/quotes ",
            "/quotes speaker:",
            "/summary ",
            "/summary focus:",
            "/summary length:",
          ),
          fc.string({ maxLength: 320 }),
        )
        .map(([command, rest]) => command + rest),
    );
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const outcome = await runCommandLine(text, context);
        if ("error" in outcome) {
          expect(outcome.error.length).toBeGreaterThan(0);
          expect("bug" in outcome).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("runCommandLine, stories", () => {
  it("GIVEN /story add file:<path> THEN the local file is previewed as the corpus reads it, and nothing is written", async () => {
    const library = libraryOf(SEED_STORY);
    const before = readdirSync(BUNDLED_CORPUS);
    const corpus = new LiveCorpus(BUNDLED_CORPUS, library, {
      removedDir: "/nonexistent",
      logger: pino({ level: "silent" }),
    });
    const outcome = await runCommandLine(
      `/story add file:${fixturePath("harbor-city-budget.md")}`,
      { library, commands, corpus },
    );
    expect(outcome).toMatchObject({
      command: "story add",
      result: {
        kind: "storyPreview",
        preview: {
          card: { story: "harbor-city-budget", outlet: "Harbor City Ledger" },
          people: expect.arrayContaining([expect.any(String)]),
        },
      },
    });
    expect(readdirSync(BUNDLED_CORPUS)).toEqual(before);
    const missing = await runCommandLine("/story add file:/no/such/story.txt", {
      library,
      commands,
      corpus,
    });
    expect(missing).toMatchObject({ error: expect.stringMatching(/\/no\/such\/story\.txt/) });
  });
});
