import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let fingerprint: string | undefined;

/**
 * A hash of the code Byline is running (every file under its src/, or dist/src/ once built): what
 * it reads out of a story changes with it, so a cache written by other code is never read.
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
  fingerprint = hash.digest("hex").slice(0, 16);
  return fingerprint;
}
