import { basename, join, resolve } from "node:path";
import type { Logger } from "pino";
import type { IndexSnapshot } from "../search/storyIndex.js";
import { decodeStoryFile } from "../story/decodeStoryFile.js";
import { loadCorpus } from "../story/loadCorpus.js";
import { parseStory } from "../story/parseStory.js";
import type { Story } from "../story/types.js";
import { StoryLibrary } from "../storyLibrary.js";
import { versionFolder } from "./cacheVersions.js";
import { readCheckedJson, sha256, writeCheckedJson } from "./checkedFile.js";

/**
 * Loads a corpus as StoryLibrary.load does, keeping what it works out in this version of
 * Byline's folder of `cacheDir` so that the next start is quick: each story as parsed
 * (`stories/`, keyed by the file's name and bytes), and the index of the corpus folder
 * (`index/`, with each story's key): an unchanged file is not parsed again, an unchanged set is
 * not indexed again, and after a change only the stories that changed are taken out of the index
 * and indexed (unless a change taught new aliases, which changes how every story is read: then
 * all are indexed). A cache file that is not whole is logged, removed and worked out again; a
 * cache that cannot be written is logged and the library still loads. Indexing without a cache
 * logs its progress.
 */
export async function loadLibraryCached(
  directory: string,
  cacheDir: string,
  logger: Logger,
): Promise<StoryLibrary> {
  const started = performance.now();
  const folder = versionFolder(cacheDir);
  const keys = new Map<string, string>();
  let parsedFromCache = 0;
  const corpus = await loadCorpus(directory, async (file, bytes) => {
    const key = sha256(`${basename(file)}\0${sha256(bytes)}`);
    const cacheFile = join(folder, "stories", `${key}.json`);
    const cached = readCachedStory(cacheFile, logger);
    const story = cached ? { ...cached, file } : parseStory(file, decodeStoryFile(file, bytes));
    if (cached) parsedFromCache++;
    else await writeCached(cacheFile, packStory(story), logger);
    keys.set(story.id, key);
    return story;
  });
  // One index per corpus folder, with the key of each story it holds: at the next start it is
  // loaded as it is, or brought up to date for the files that changed.
  const indexFile = join(folder, "index", `${sha256(resolve(directory)).slice(0, 16)}.json`);
  const cached = readCachedIndex(indexFile, logger);
  const changes = cached && changedStories(cached.keys, keys);
  const library = StoryLibrary.fromCorpus(corpus, {
    ...(cached && changes ? { snapshot: cached.index, snapshotChanges: changes } : {}),
    onProgress: (indexed, stories) => logger.info({ indexed, stories }, "indexing"),
  });
  const upToDate =
    library.index.fromSnapshot && changes?.outdated.length === 0 && changes.missing.length === 0;
  if (!upToDate) {
    const entry: CachedIndex = { keys: Object.fromEntries(keys), index: library.index.toJSON() };
    await writeCached(indexFile, entry, logger);
  }
  logger.info(
    {
      stories: corpus.stories.length,
      parsedFromCache,
      indexFromCache: library.index.fromSnapshot,
      ...(library.index.fromSnapshot && !upToDate
        ? { storiesReindexed: changes?.missing.length, storiesDropped: changes?.outdated.length }
        : {}),
      ms: Math.round(performance.now() - started),
    },
    "stories loaded",
  );
  return library;
}

/** The index of a corpus folder as cached, with the cache key of each story it was made from. */
interface CachedIndex {
  readonly keys: Readonly<Record<string, string>>;
  readonly index: IndexSnapshot;
}

function readCachedIndex(file: string, logger: Logger): CachedIndex | undefined {
  return readCheckedJson(
    file,
    (value) => {
      const entry = value as Partial<CachedIndex> | null;
      return entry?.keys && Array.isArray(entry.index?.search?.shortIds)
        ? (entry as CachedIndex)
        : undefined;
    },
    () => logger.warn({ file }, "cache file is corrupt; working it out again"),
  );
}

/** The cached index's stories that changed or went (outdated), and the stories it lacks (missing). */
function changedStories(
  cached: Readonly<Record<string, string>>,
  current: ReadonlyMap<string, string>,
): { outdated: string[]; missing: string[] } {
  const outdated = Object.keys(cached).filter((id) => cached[id] !== current.get(id));
  const missing = [...current.keys()].filter((id) => cached[id] !== current.get(id));
  return { outdated, missing };
}

/**
 * A story as cached: each sentence as its bounds in the paragraph, not its text again (the text is
 * the paragraph's, from start to end: splitSentences). At 10,000 generated stories the story files
 * are 55 MB rather than 85, read, checked and parsed at every start.
 */
interface PackedStory extends Omit<Story, "body"> {
  readonly body: readonly {
    readonly number: number;
    readonly text: string;
    /** Each sentence's start and end, one after the other. */
    readonly sentenceBounds: readonly number[];
  }[];
}

function packStory(story: Story): PackedStory {
  return {
    ...story,
    body: story.body.map(({ number, text, sentences }) => ({
      number,
      text,
      sentenceBounds: sentences.flatMap(({ start, end }) => [start, end]),
    })),
  };
}

function unpackStory(packed: PackedStory): Story {
  return {
    ...packed,
    body: packed.body.map(({ number, text, sentenceBounds }) => {
      const sentences = [];
      for (let i = 0; i + 1 < sentenceBounds.length; i += 2) {
        const start = sentenceBounds[i] ?? 0;
        const end = sentenceBounds[i + 1] ?? 0;
        sentences.push({ text: text.slice(start, end), start, end });
      }
      return { number, text, sentences };
    }),
  };
}

function readCachedStory(file: string, logger: Logger): Story | undefined {
  return readCheckedJson(
    file,
    (value) => {
      const packed = value as Partial<PackedStory> | null;
      const whole =
        Array.isArray(packed?.body) &&
        packed.body.every((paragraph) => Array.isArray(paragraph?.sentenceBounds));
      return whole ? unpackStory(packed as PackedStory) : undefined;
    },
    () => logger.warn({ file }, "cache file is corrupt; working it out again"),
  );
}

function writeCached(file: string, value: unknown, logger: Logger): Promise<void> {
  return writeCheckedJson(file, value, (error) =>
    logger.warn({ err: error, file }, "could not write the cache"),
  );
}
