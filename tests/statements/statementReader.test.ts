import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StatementsCache } from "../../src/cache/statementsCache.js";
import { analyzeStory } from "../../src/statements/analyzeStory.js";
import { StatementReader } from "../../src/statements/statementReader.js";
import { StatementsPool } from "../../src/statements/statementsPool.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath, readStory, SEED_STORY } from "../helpers.js";

let dir: string;
let pool: StatementsPool;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "byline-reader-"));
  pool = new StatementsPool(1);
});
afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

function reading(library: StoryLibrary) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  // The cache's files are read on the worker thread, as the bot reads them.
  const cache = new StatementsCache(dir, logger, (file) => pool.readCached(file));
  return { reader: new StatementReader(library, pool, cache, logger), lines };
}

const stories = () => [readStory(SEED_STORY), readStory(fixturePath("ridgeline-wildfire.txt"))];

describe("StatementReader", () => {
  it("GIVEN a library with nothing read WHEN every story is read on the worker thread THEN each story has the statements the main thread would read", async () => {
    const library = new StoryLibrary(stories());
    const { reader, lines } = reading(library);
    expect(reader.missing(library.stories)).toBe(true);
    await reader.readAll();
    expect(reader.missing(library.stories)).toBe(false);
    for (const story of library.stories)
      expect(library.cachedStatementsOf(story)).toEqual(analyzeStory(story));
    expect(lines.at(-1)).toMatchObject({ msg: "statements read", stories: 2, fromCache: 0 });
  });

  it("GIVEN the stories read once WHEN a new library (a restart) reads them THEN they come from the cache", async () => {
    const library = new StoryLibrary(stories());
    const { reader, lines } = reading(library);
    await reader.readAll();
    expect(lines.at(-1)).toMatchObject({ msg: "statements read", stories: 2, fromCache: 2 });
    for (const story of library.stories)
      expect(library.cachedStatementsOf(story)).toEqual(analyzeStory(story));
  });

  it("GIVEN the bot stopping while every story is read THEN the readings its pool drops are no errors", async () => {
    const own = new StatementsPool(1);
    const library = new StoryLibrary([
      ...stories(),
      readStory(fixturePath("harbor-city-budget.md")),
    ]);
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "info" },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const reader = new StatementReader(library, own, undefined, logger);
    const reading = reader.readAll();
    reader.stop();
    await own.close();
    await reading;
    expect(lines).toEqual([]);
  });

  it("GIVEN one story asked for twice at once THEN both wait for the same reading", async () => {
    const library = new StoryLibrary([readStory(fixturePath("harbor-city-budget.md"))]);
    const { reader } = reading(library);
    const [story] = library.stories;
    if (!story) throw new Error("no story");
    await Promise.all([reader.read([story]), reader.read([story])]);
    expect(library.cachedStatementsOf(story)).toEqual(analyzeStory(story));
  });
});
