import { basename, join, resolve } from "node:path";
import type { Logger } from "pino";
import type { IndexSnapshot } from "../search/storyIndex.js";
import { decodeStoryFile } from "../story/decodeStoryFile.js";
import { loadCorpus } from "../story/loadCorpus.js";
import { parseStory } from "../story/parseStory.js";
import { StoryLibrary } from "../storyLibrary.js";
import { versionFolder } from "./cacheVersions.js";
import { readCheckedJson, sha256, writeCheckedJson } from "./checkedFile.js";
import { restoreStory, type StoredStory, storeStory } from "./storedStory.js";

/**
 * Loads a corpus as StoryLibrary.load does, keeping what it works out in one file per corpus
 * folder, in this version of Byline's folder of `cacheDir`, so that the next start is quick:
 * each story as parsed, with the key of its file (its name and bytes), and the index of them all.
 * An unchanged file is not parsed again, an unchanged set is not indexed again, and after a
 * change only the stories that changed are taken out of the index and indexed (unless a change
 * taught new aliases, which changes how every story is read: then all are indexed). One file,
 * not one per story: at 10,000 stories, opening and checking 10,000 files took seconds. A cache
 * file that is not whole is logged, removed and worked out again; a cache that cannot be written
 * is logged and the library still loads. Indexing without a cache logs its progress.
 */
export async function loadLibraryCached(
  directory: string,
  cacheDir: string,
  logger: Logger,
): Promise<StoryLibrary> {
  const started = performance.now();
  const cacheFile = join(
    versionFolder(cacheDir),
    "corpus",
    `${sha256(resolve(directory)).slice(0, 16)}.json`,
  );
  const cached = await readCachedCorpus(cacheFile, logger);
  const stored = new Map(cached?.stories.map((entry) => [entry.key, entry.story]));
  const keys = new Map<string, string>();
  let parsedFromCache = 0;
  const corpus = await loadCorpus(directory, (file, bytes) => {
    const key = sha256(`${basename(file)}\0${sha256(bytes)}`);
    const kept = stored.get(key);
    const story = kept ? restoreStory(kept, file) : parseStory(file, decodeStoryFile(file, bytes));
    if (kept) parsedFromCache++;
    keys.set(story.id, key);
    return story;
  });
  const changes =
    cached &&
    changedStories(new Map(cached.stories.map((entry) => [entry.story.id, entry.key])), keys);
  const library = StoryLibrary.fromCorpus(corpus, {
    ...(cached && changes ? { snapshot: cached.index, snapshotChanges: changes } : {}),
    onProgress: (indexed, stories) => logger.info({ indexed, stories }, "indexing"),
  });
  const upToDate =
    library.index.fromSnapshot && changes?.outdated.length === 0 && changes.missing.length === 0;
  if (!upToDate) {
    const entry: CachedCorpus = {
      stories: corpus.stories.map((story) => ({
        key: keys.get(story.id) ?? "",
        story: storeStory(story),
      })),
      index: library.index.toJSON(),
    };
    await writeCached(cacheFile, entry, logger);
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

/** A corpus folder as cached: each story as parsed, with its file's key, and their index. */
interface CachedCorpus {
  readonly stories: readonly { readonly key: string; readonly story: StoredStory }[];
  readonly index: IndexSnapshot;
}

function readCachedCorpus(file: string, logger: Logger): Promise<CachedCorpus | undefined> {
  return readCheckedJson(
    file,
    (value) => {
      const entry = value as Partial<CachedCorpus> | null;
      return Array.isArray(entry?.stories) && entry.index?.search
        ? (entry as CachedCorpus)
        : undefined;
    },
    () => logger.warn({ file }, "cache file is corrupt; working it out again"),
  );
}

/** The cached index's stories that changed or went (outdated), and the stories it lacks (missing). */
function changedStories(
  cached: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): { outdated: string[]; missing: string[] } {
  const outdated = [...cached.keys()].filter((id) => cached.get(id) !== current.get(id));
  const missing = [...current.keys()].filter((id) => cached.get(id) !== current.get(id));
  return { outdated, missing };
}

function writeCached(file: string, value: unknown, logger: Logger): Promise<void> {
  return writeCheckedJson(file, value, (error) =>
    logger.warn({ err: error, file }, "could not write the cache"),
  );
}
