import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StatementsCache } from "../../src/cache/statementsCache.js";
import { analyzeStory } from "../../src/statements/analyzeStory.js";
import { parseStory } from "../../src/story/parseStory.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "byline-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pier = parseStory(
  "pier.txt",
  '"We will rebuild the pier by June," said Dana Ruiz, the harbour master.\n\nThe board voted on Monday.',
);

function logged() {
  const lines: { msg: string; story?: string }[] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe("StatementsCache", () => {
  it("GIVEN statements put for a story WHEN got again, by another cache on the same folder THEN they are the same statements", async () => {
    const statements = analyzeStory(pier);
    await new StatementsCache(dir).put(pier, statements);
    expect(await new StatementsCache(dir).get(pier)).toEqual(statements);
  });

  it("GIVEN a story edited after its statements were cached THEN the cache has nothing for it", async () => {
    await new StatementsCache(dir).put(pier, analyzeStory(pier));
    const edited = parseStory(
      "pier.txt",
      '"We will rebuild the pier by July," said Dana Ruiz, the harbour master.\n\nThe board voted on Monday.',
    );
    expect(await new StatementsCache(dir).get(edited)).toBeUndefined();
  });

  it.each([
    ["cut short", (text: string) => text.slice(0, text.length / 2)],
    ["not JSON", () => "\u0000\u0001garbage"],
    ["another shape", () => JSON.stringify({ statements: "none", people: [] })],
  ])(
    "GIVEN a cache file %s THEN it is not trusted: logged, removed, and the story is read again",
    async (_, spoil) => {
      const cache = new StatementsCache(dir);
      await cache.put(pier, analyzeStory(pier));
      const [name] = await readdir(cache.directory);
      const file = join(cache.directory, name ?? "");
      await writeFile(file, spoil(await readFile(file, "utf8")));
      const { logger, lines } = logged();
      expect(await new StatementsCache(dir, logger).get(pier)).toBeUndefined();
      expect(lines).toEqual([
        expect.objectContaining({
          msg: "statements cache entry is corrupt; reading the story again",
          story: "pier",
        }),
      ]);
      expect(await readdir(cache.directory)).toEqual([]);
    },
  );

  it("GIVEN a cache folder that cannot be written THEN put logs it and answers go on", async () => {
    const blocked = join(dir, "a-file");
    await writeFile(blocked, "not a folder");
    const { logger, lines } = logged();
    await new StatementsCache(blocked, logger).put(pier, analyzeStory(pier));
    expect(lines.map((line) => line.msg)).toEqual(["could not write the statements cache"]);
  });
});
