import { basename, join } from "node:path";
import type { Logger } from "pino";
import type { IndexSnapshot } from "../search/storyIndex.js";
import { decodeStoryFile } from "../story/decodeStoryFile.js";
import { loadCorpus } from "../story/loadCorpus.js";
import { parseStory } from "../story/parseStory.js";
import type { Story } from "../story/types.js";
import { StoryLibrary } from "../storyLibrary.js";
import { readCheckedJson, sha256, writeCheckedJson } from "./checkedFile.js";
import { codeFingerprint } from "./codeFingerprint.js";

/**
 * Loads a corpus as StoryLibrary.load does, keeping what it works out in `cacheDir` so that the
 * next start is quick: each story as parsed (`stories/`, keyed by the file's name and bytes and
 * a hash of Byline's code), and the index of the whole set (`index/`, keyed by every story's key):
 * an unchanged file is not parsed again, and an unchanged set is not indexed again. A cache file
 * that is not whole is logged, removed and worked out again; a cache that cannot be written is
 * logged and the library still loads. Indexing without a cache logs its progress.
 */
export async function loadLibraryCached(
  directory: string,
  cacheDir: string,
  logger: Logger,
): Promise<StoryLibrary> {
  const started = performance.now();
  const code = codeFingerprint();
  const keys = new Map<string, string>();
  let parsedFromCache = 0;
  const corpus = await loadCorpus(directory, async (file, bytes) => {
    const key = sha256(`${code}\0${basename(file)}\0${sha256(bytes)}`);
    const cacheFile = join(cacheDir, "stories", `${key}.json`);
    const cached = await readCached<Story>(cacheFile, logger);
    const story = cached ? { ...cached, file } : parseStory(file, decodeStoryFile(file, bytes));
    if (cached) parsedFromCache++;
    else await writeCached(cacheFile, story, logger);
    keys.set(story.id, key);
    return story;
  });
  const indexKey = sha256(corpus.stories.map((story) => keys.get(story.id) ?? "").join("\n"));
  const indexFile = join(cacheDir, "index", `${indexKey}.json`);
  const snapshot = await readCached<IndexSnapshot>(indexFile, logger);
  const library = StoryLibrary.fromCorpus(corpus, {
    ...(snapshot ? { snapshot } : {}),
    onProgress: (indexed, stories) => logger.info({ indexed, stories }, "indexing"),
  });
  if (!snapshot) await writeCached(indexFile, library.index, logger);
  logger.info(
    {
      stories: corpus.stories.length,
      parsedFromCache,
      indexFromCache: snapshot !== undefined,
      ms: Math.round(performance.now() - started),
    },
    "stories loaded",
  );
  return library;
}

function readCached<T>(file: string, logger: Logger): Promise<T | undefined> {
  return readCheckedJson(
    file,
    (value) => value as T,
    () => logger.warn({ file }, "cache file is corrupt; working it out again"),
  );
}

function writeCached(file: string, value: unknown, logger: Logger): Promise<void> {
  return writeCheckedJson(file, value, (error) =>
    logger.warn({ err: error, file }, "could not write the cache"),
  );
}
