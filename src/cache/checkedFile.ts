import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A cache file that says whether it is whole: its first line is the sha256 of the rest. Written
 * through a temporary file and a rename, so a crash never leaves half a file under the real name.
 */
async function writeCheckedFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, `${sha256(text)}\n${text}`);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * The text of a cache file written by writeCheckedFile: undefined when there is none, "corrupt"
 * when its checksum does not match (cut short, edited, another format).
 */
async function readCheckedFile(file: string): Promise<string | "corrupt" | undefined> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  const newline = content.indexOf("\n");
  const text = content.slice(newline + 1);
  return newline === 64 && content.slice(0, 64) === sha256(text) ? text : "corrupt";
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The value a checked file holds as JSON, if `accept` takes it (it returns the value, or undefined
 * for one of the wrong shape). Undefined when there is no file; when the file is not whole, not
 * JSON or not accepted, `onCorrupt` is called (to log it), the file removed and undefined returned.
 */
export async function readCheckedJson<T>(
  file: string,
  accept: (value: unknown) => T | undefined,
  onCorrupt: () => void,
): Promise<T | undefined> {
  const text = await readCheckedFile(file);
  if (text === undefined) return undefined;
  let value: T | undefined;
  try {
    value = text === "corrupt" ? undefined : accept(JSON.parse(text));
  } catch {
    // A checksum that matches over text that is not JSON: not written by Byline.
  }
  if (value !== undefined) return value;
  onCorrupt();
  await rm(file, { force: true }).catch(() => undefined);
  return undefined;
}

/** Writes `value` as JSON in a checked file; a failure is given to `onError`, never thrown. */
export async function writeCheckedJson(
  file: string,
  value: unknown,
  onError: (error: unknown) => void,
): Promise<void> {
  try {
    await writeCheckedFile(file, JSON.stringify(value));
  } catch (error) {
    onError(error);
  }
}
