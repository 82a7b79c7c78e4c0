import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding Byline's package.json, whether running from src/ (tsx) or dist/src/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Byline's package.json was not found above its code");
    dir = parent;
  }
  return dir;
}

/** The bundled story folder, used when neither --corpus nor CORPUS_DIR is given. */
export const BUNDLED_CORPUS = join(projectRoot(), "corpus");
