import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Where the console keeps the lines typed at it between runs, as shells and Node's REPL do:
 * `$XDG_STATE_HOME/byline/console_history`, else `~/.local/state/byline/console_history`.
 */
export function historyFile(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state");
  return join(state, "byline", "console_history");
}

/** The lines typed before, newest first (as readline wants them); none if the file is missing or unreadable. */
export function readHistory(file: string, size: number): string[] {
  try {
    return readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .slice(-size)
      .reverse();
  } catch {
    return [];
  }
}

/** Keeps the lines (newest first) for the next run; a history that cannot be written is let go. */
export function writeHistory(file: string, lines: readonly string[]): void {
  try {
    makeFolders(dirname(file));
    writeFileSync(file, `${[...lines].reverse().join("\n")}\n`, { mode: 0o600 });
  } catch {
    // A read-only home or a full disk must not stop the console.
  }
}

/**
 * `mkdir -p`, one folder at a time: Node's own recursive mkdirSync can loop for ever on some
 * folders it may not create (seen under /proc), which would hang the console on exit.
 */
function makeFolders(folder: string): void {
  if (existsSync(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) makeFolders(parent);
  mkdirSync(folder);
}
