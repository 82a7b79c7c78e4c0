import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A cache file that says whether it is whole: its first line is the SHA-1 of the rest (a check
 * against a file cut short or damaged, not against tampering; SHA-1 is four times faster than
 * SHA-256 here, and a 68 MB index is checked at every start). Written through a temporary file
 * and a rename, so a crash never leaves half a file under the real name.
 */
async function writeCheckedFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    const body = Buffer.from(text, "utf8");
    await writeFile(temporary, Buffer.concat([Buffer.from(`${checksum(body)}\n`), body]));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The length of a checksum line's hex digits. */
const CHECKSUM_LENGTH = 40;

/**
 * The text of a cache file written by writeCheckedFile: undefined when there is none, "corrupt"
 * when its checksum does not match (cut short, edited, another format). The bytes are checked
 * before they are decoded. Read synchronously: a start reads some 20,000 small files, and one
 * call each cost a sixth of the thread's time of fs/promises' open, stat, read and close (10,000
 * generated stories' files and caches: 0.5 s against 3 s), and a cache file is read only where
 * nothing waits for the thread (before connecting, or on a worker thread).
 */
function readCheckedFile(file: string): string | "corrupt" | undefined {
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch {
    return undefined;
  }
  const body = content.subarray(CHECKSUM_LENGTH + 1);
  const whole =
    content[CHECKSUM_LENGTH] === 0x0a &&
    content.toString("latin1", 0, CHECKSUM_LENGTH) === checksum(body);
  return whole ? body.toString("utf8") : "corrupt";
}

function checksum(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The value a checked file holds as JSON, if `accept` takes it (it returns the value, or undefined
 * for one of the wrong shape). Undefined when there is no file; when the file is not whole, not
 * JSON or not accepted, `onCorrupt` is called (to log it), the file removed and undefined returned.
 */
export function readCheckedJson<T>(
  file: string,
  accept: (value: unknown) => T | undefined,
  onCorrupt: () => void,
): T | undefined {
  const text = readCheckedFile(file);
  if (text === undefined) return undefined;
  let value: T | undefined;
  try {
    value = text === "corrupt" ? undefined : accept(JSON.parse(text));
  } catch {
    // A checksum that matches over text that is not JSON: not written by Byline.
  }
  if (value !== undefined) return value;
  onCorrupt();
  try {
    rmSync(file, { force: true });
  } catch {
    // Left for the next write to replace.
  }
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
