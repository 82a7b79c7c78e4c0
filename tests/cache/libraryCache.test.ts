import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { askStories } from "../../src/answers/ask.js";
import { removeOtherVersions, versionFolder } from "../../src/cache/cacheVersions.js";
import { loadLibraryCached } from "../../src/cache/libraryCache.js";
import { StoryLibrary } from "../../src/storyLibrary.js";
import { fixturePath } from "../helpers.js";

let corpus: string;
let cache: string;

beforeEach(async () => {
  corpus = await mkdtemp(join(tmpdir(), "byline-corpus-"));
  cache = await mkdtemp(join(tmpdir(), "byline-cache-"));
  for (const name of ["ridgeline-wildfire.txt", "harbor-city-budget.md", "chip-export-rules.txt"])
    await cp(fixturePath(name), join(corpus, name));
});
afterEach(async () => {
  await rm(corpus, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

async function load() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const library = await loadLibraryCached(corpus, cache, logger);
  return { library, lines, loaded: lines.find((line) => line.msg === "stories loaded") };
}

const QUESTIONS = [
  "how much of the fire is contained",
  "what did the council pass",
  "export rules",
];
const answers = (library: StoryLibrary) => QUESTIONS.map((q) => askStories(library, q));

describe("loadLibraryCached", () => {
  it("GIVEN a corpus loaded once WHEN loaded again THEN its stories and index come from the cache and answer as a fresh load does", async () => {
    const first = await load();
    expect(first.loaded).toMatchObject({ stories: 3, parsedFromCache: 0, indexFromCache: false });
    const second = await load();
    expect(second.loaded).toMatchObject({ stories: 3, parsedFromCache: 3, indexFromCache: true });
    const fresh = await StoryLibrary.load(corpus);
    expect(second.library.stories).toEqual(fresh.stories);
    expect(answers(second.library)).toEqual(answers(fresh));
  });

  it("GIVEN one story edited between starts THEN only it is parsed and indexed again, and answers are a fresh load's", async () => {
    await load();
    const file = join(corpus, "chip-export-rules.txt");
    await writeFile(
      file,
      `${await readFile(file, "utf8")}\n\nThe zephyrine clause takes effect in May.\n`,
    );
    const again = await load();
    expect(again.loaded).toMatchObject({
      stories: 3,
      parsedFromCache: 2,
      indexFromCache: true,
      storiesReindexed: 1,
      storiesDropped: 1,
    });
    const [passage] = askStories(again.library, "zephyrine clause").passages;
    expect(passage?.text).toBe("The zephyrine clause takes effect in May.");
    const fresh = await StoryLibrary.load(corpus);
    expect(answers(again.library)).toEqual(answers(fresh));
    expect((await load()).loaded).toMatchObject({ indexFromCache: true });
    expect((await load()).loaded).not.toHaveProperty("storiesReindexed");
  });

  it("GIVEN a story added, then removed, between starts THEN the cached index is brought up to date each time and answers are a fresh load's", async () => {
    await load();
    const added = join(corpus, "coastal-marathon-heat.md");
    await cp(fixturePath("coastal-marathon-heat.md"), added);
    const questions = [...QUESTIONS, "how hot was it at the marathon", "who collapsed"];
    const ask = (library: StoryLibrary) => questions.map((q) => askStories(library, q));
    // Each start: the stories, those indexed again and those taken out; answers as a fresh load's.
    const expectUpdated = async (stories: number, reindexed: number, dropped: number) => {
      const again = await load();
      expect(again.loaded).toMatchObject({
        stories,
        indexFromCache: true,
        storiesReindexed: reindexed,
        storiesDropped: dropped,
      });
      expect(ask(again.library)).toEqual(ask(await StoryLibrary.load(corpus)));
    };
    await expectUpdated(4, 1, 0);
    await rm(added);
    await expectUpdated(3, 0, 1);
  });

  it("GIVEN a new story that defines an acronym THEN every story is indexed again, as the acronym changes how all are read", async () => {
    await load();
    await writeFile(
      join(corpus, "tide-gauges.txt"),
      "The Coastal Tide Monitoring Office (CTMO) installed new gauges on Tuesday.\n\nThe CTMO said the gauges would report every minute.\n",
    );
    const again = await load();
    expect(again.loaded).toMatchObject({ stories: 4, indexFromCache: false });
    const fresh = await StoryLibrary.load(corpus);
    const question = "what did the coastal tide monitoring office say";
    expect(askStories(again.library, question)).toEqual(askStories(fresh, question));
    expect((await load()).loaded).toMatchObject({ indexFromCache: true });
  });

  it("GIVEN a cache file cut short THEN it is logged, worked out again, and answers are as before", async () => {
    const fresh = (await load()).library;
    const [indexFile] = await readdir(join(versionFolder(cache), "index"));
    const path = join(versionFolder(cache), "index", indexFile ?? "");
    const text = await readFile(path, "utf8");
    await writeFile(path, text.slice(0, text.length / 2));
    const again = await load();
    expect(again.lines).toContainEqual(
      expect.objectContaining({ msg: "cache file is corrupt; working it out again", file: path }),
    );
    expect(again.loaded).toMatchObject({ indexFromCache: false });
    expect(answers(again.library)).toEqual(answers(fresh));
    expect((await load()).loaded).toMatchObject({ indexFromCache: true });
  });

  it("GIVEN a cache folder that cannot be written THEN the library still loads, with a log line", async () => {
    const blocked = join(cache, "a-file");
    await writeFile(blocked, "not a folder");
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "info" },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const library = await loadLibraryCached(corpus, blocked, logger);
    expect(library.stories).toHaveLength(3);
    expect(lines).toContainEqual(expect.objectContaining({ msg: "could not write the cache" }));
  });
});

describe("removeOtherVersions", () => {
  it("GIVEN caches other versions of Byline left, and a file of the user's THEN only this version's cache and the file are left", async () => {
    await load();
    for (const old of ["0123456789abcdef/stories", "statements", "index"])
      await mkdir(join(cache, old), { recursive: true });
    await writeFile(join(cache, "0123456789abcdef", "stories", "a.json"), "{}");
    await writeFile(join(cache, "notes.txt"), "mine");
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "info" },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    await removeOtherVersions(cache, logger);
    expect((await readdir(cache)).sort()).toEqual(
      [basename(versionFolder(cache)), "notes.txt"].sort(),
    );
    expect(lines.filter((line) => line.msg === "removed another version's cache")).toHaveLength(3);
    expect((await load()).loaded).toMatchObject({ parsedFromCache: 3, indexFromCache: true });
  });
});
