import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT_OK } from "../../src/cli/main.js";
import { runCli } from "./runCli.js";

/** An invented story: Obi's words come through the Fenwick Star, Ruiz's second through a radio. */
const CORPUS = fileURLToPath(new URL("../fixtures/outer-source/", import.meta.url));

async function console(args: string[]): Promise<string> {
  const { code, stdout } = await runCli([...args, "--corpus", CORPUS], {
    env: { CACHE_DIR: "off" },
  });
  expect(code).toBe(EXIT_OK);
  return stdout;
}

async function json(args: string[]): Promise<{ results: Record<string, unknown>[] }> {
  return JSON.parse(await console([...args, "--json"]));
}

describe("every command shows a statement's outer source beside its speaker", () => {
  it("GIVEN /quotes THEN the speakers of the statements that came through an outlet carry it, the others not", async () => {
    const lines = (await console(["quotes"])).split("\n").filter((l) => l.startsWith("¶"));
    expect(lines[1]).toBe(
      "¶2 **Ken Obi** (according to the Fenwick Star) (chief executive of Harbor Mutual Lines): “We cannot run empty boats through the winter”",
    );
    expect(lines[3]).toBe("¶4 **Dana Ruiz** (Mayor): “Riders will simply stop coming”");
    expect(lines[4]).toBe(
      "¶5 **Dana Ruiz** (according to Port Alder Radio) (Mayor), in the story's words: the council would ask the state to cap the fares",
    );
  });

  it("GIVEN /quotes --json THEN `via` on each statement that has one, and on no other", async () => {
    const { results } = await json(["quotes"]);
    expect(results.map((r) => r.via)).toEqual([
      undefined,
      "the Fenwick Star",
      undefined,
      undefined,
      "Port Alder Radio",
    ]);
    expect(results[3]).not.toHaveProperty("via");
  });

  it("GIVEN /who is Ruiz THEN her card says which statement came through Port Alder Radio, in text and JSON", async () => {
    expect(await console(["who", "is", "Ruiz"])).toContain(
      "¶4: “Riders will simply stop coming”\n¶5 (according to Port Alder Radio), in the story's words: the council would ask the state to cap the fares\n",
    );
    const [card] = (await json(["who", "is", "Ruiz"])).results;
    expect(card?.statements).toEqual([
      expect.not.objectContaining({ via: expect.anything() }),
      expect.objectContaining({ paragraph: 5, via: "Port Alder Radio" }),
    ]);
  });

  it("GIVEN /pin quote: THEN the console heads the paragraph as Discord's pinned message does, source and all; JSON has `via`", async () => {
    const [heading] = (await console(["pin", "quote:empty boats"])).split("\n");
    expect(heading).toBe(
      "**Ken Obi** (according to the Fenwick Star) — chief executive of Harbor Mutual Lines:",
    );
    expect((await json(["pin", "quote:empty boats"])).results[0]).toMatchObject({
      paragraph: 2,
      speaker: { name: "Ken Obi" },
      via: "the Fenwick Star",
    });
  });
});

describe("a described or organisation speaker's card", () => {
  it("GIVEN “the company said” THEN /who is company and /who is the company both find “The company”, not also called “company”", async () => {
    for (const name of ["company", "the company"]) {
      const [card] = (await json(["who", "is", name])).results;
      expect(card?.person).toMatchObject({ name: "the company", alsoCalled: [] });
    }
  });

  it("GIVEN “the Kremlin said” in the bundled story THEN /who is Kremlin and /who is the Kremlin find the same card", async () => {
    for (const name of ["Kremlin", "the Kremlin"]) {
      const { stdout } = await runCli(["who", "is", name], { env: { CACHE_DIR: "off" } });
      expect(stdout).toMatch(/^\*\*Kremlin\*\*\nNamed in 2 paragraphs: ¶1, ¶2\.\n/);
    }
  });
});
