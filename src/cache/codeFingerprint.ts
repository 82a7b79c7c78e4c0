import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "../projectRoot.js";

let fingerprint: string | undefined;

/**
 * A hash of the code Byline is running (every file under its src/, or dist/src/ once built, and
 * the locked versions of its libraries): what it reads out of a story changes with them, so a
 * cache written by other code is never read.
 * Computed once; a few milliseconds.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256");
  const root = fileURLToPath(new URL("..", import.meta.url));
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) hash.update(entry.name).update(readFileSync(path));
    }
  };
  visit(root);
  // The libraries' versions too: a new compromise or MiniSearch reads stories differently.
  const lock = join(projectRoot(), "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  fingerprint = hash.digest("hex").slice(0, 16);
  return fingerprint;
}
