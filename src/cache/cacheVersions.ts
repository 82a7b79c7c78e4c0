import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";
import { codeFingerprint } from "./codeFingerprint.js";

/** A version's folder is named by its code fingerprint. */
const VERSION_FOLDER = /^[0-9a-f]{16}$/;
/** Where caches were kept before each version had a folder of its own. */
const UNVERSIONED_FOLDERS = new Set(["stories", "index", "statements"]);

/**
 * This version of Byline's folder in the cache folder: what other code worked out from the
 * stories is never read, and goes with removeOtherVersions.
 */
export function versionFolder(cacheDir: string): string {
  return join(cacheDir, codeFingerprint());
}

/**
 * Removes what other versions of Byline left in the cache folder (each upgrade would otherwise
 * leave its copy: about 100 KB a story). Other files are left alone; a failure is logged.
 */
export async function removeOtherVersions(cacheDir: string, logger: Logger): Promise<void> {
  const current = codeFingerprint();
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return; // No cache folder yet.
  }
  const stale = names.filter(
    (name) => (VERSION_FOLDER.test(name) && name !== current) || UNVERSIONED_FOLDERS.has(name),
  );
  for (const name of stale) {
    const folder = join(cacheDir, name);
    try {
      await rm(folder, { recursive: true, force: true });
      logger.info({ folder }, "removed another version's cache");
    } catch (error) {
      logger.warn({ err: error, folder }, "could not remove another version's cache");
    }
  }
}
