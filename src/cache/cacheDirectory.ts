import { homedir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Where Byline keeps what it worked out from the stories: CACHE_DIR when set ("off" for no
 * cache), else $XDG_CACHE_HOME/byline, else ~/.cache/byline.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.CACHE_DIR?.trim();
  if (set?.toLowerCase() === "off") return undefined;
  if (set) return resolve(set);
  const xdg = env.XDG_CACHE_HOME?.trim();
  return join(xdg ? resolve(xdg) : join(homedir(), ".cache"), "byline");
}
