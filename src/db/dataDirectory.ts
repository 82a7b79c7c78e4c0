import { homedir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Where Byline keeps what must outlive it (servers' settings, readers' feedback): DATA_DIR when
 * set, else $XDG_DATA_HOME/byline, else ~/.local/share/byline.
 */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.DATA_DIR?.trim();
  if (set) return resolve(set);
  const xdg = env.XDG_DATA_HOME?.trim();
  return join(xdg ? resolve(xdg) : join(homedir(), ".local", "share"), "byline");
}
