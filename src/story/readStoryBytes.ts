import type { Stats } from "node:fs";
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { UserFacingError } from "../errors.js";

/**
 * A story file's bytes, never more than `limit`. Only a regular file is read: a FIFO, a device
 * (a link to /dev/zero) or a socket reports a size of 0 and would hang the reader or fill memory,
 * so it is named and skipped. The file is opened without blocking (a FIFO with no writer would
 * wait forever), checked through its descriptor, and read up to one byte past the limit, so a file
 * that grows after it was checked is still caught. Throws a UserFacingError naming the file.
 *
 * Synchronous: a story is at most `limit` bytes of a local file, and a start reads thousands of
 * them, where fs/promises' four round trips to the thread pool per file cost six times the
 * thread's time of these calls (see checkedFile.ts).
 */
export function readStoryBytes(file: string, limit: number): Uint8Array {
  const descriptor = openWithoutBlocking(file);
  try {
    const info = fstatSync(descriptor);
    refuseIrregular(file, info);
    if (info.size > limit) throw tooLarge(file, `${Math.round(info.size / 1024)} KB`, limit);
    // The size it says and one byte more, to see that it has not grown since; if it has, up to
    // one byte past the limit. (A buffer of the limit for every file cost 2.5 GB at 10,000.)
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let filled = readInto(descriptor, buffer, 0);
    if (filled === buffer.length) {
      const larger = Buffer.allocUnsafe(limit + 1);
      buffer.copy(larger);
      buffer = larger;
      filled = readInto(descriptor, buffer, filled);
    }
    if (filled > limit) throw tooLarge(file, `over ${limit / 1024} KB`, limit);
    return buffer.subarray(0, filled);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Opens the file without blocking (a FIFO with no writer would wait forever). A socket cannot be
 * opened at all: that error is told as what the file is.
 */
function openWithoutBlocking(file: string): number {
  try {
    return openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    let info: Stats | undefined;
    try {
      info = statSync(file);
    } catch {
      // Not there, or not ours to see: the open's own error says which.
    }
    if (info) refuseIrregular(file, info);
    throw error;
  }
}

/** Reads from `filled` until the buffer is full or the file ends; the bytes in the buffer then. */
function readInto(descriptor: number, buffer: Buffer, filled: number): number {
  let total = filled;
  while (total < buffer.length) {
    const bytesRead = readSync(descriptor, buffer, total, buffer.length - total, total);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total;
}

function refuseIrregular(file: string, info: Stats): void {
  if (info.isFile()) return;
  throw new UserFacingError(
    `${file} is ${kindOf(info)}, not a story file, so it was skipped. Put regular .md or .txt files in the corpus folder.`,
  );
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  if (info.isDirectory()) return "a folder";
  return "not a regular file";
}

function tooLarge(file: string, size: string, limit: number): UserFacingError {
  return new UserFacingError(
    `${file} is ${size}, more than a news story (the limit is ${limit / 1024} KB). Split it into stories, or remove it.`,
  );
}
