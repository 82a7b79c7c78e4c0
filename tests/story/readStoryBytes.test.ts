import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserFacingError } from "../../src/errors.js";
import { readStoryBytes } from "../../src/story/readStoryBytes.js";

// Linux's /proc files are regular files that say they hold 0 bytes: a file that has "grown"
// between its size being read and its bytes.
const SAYS_EMPTY = "/proc/self/status";

describe.skipIf(!existsSync(SAYS_EMPTY))("readStoryBytes", () => {
  it("GIVEN a regular file that holds more than its size says THEN every byte is read", () => {
    const bytes = readStoryBytes(SAYS_EMPTY, 256 * 1024);
    const text = new TextDecoder().decode(bytes);
    expect(text).toMatch(/^Name:/);
    expect(text).toMatch(/VmRSS:/);
  });

  it("GIVEN such a file longer than the limit THEN it is refused as too large, with the limit", () => {
    const refused = () => readStoryBytes(SAYS_EMPTY, 64);
    expect(refused).toThrow(UserFacingError);
    expect(refused).toThrow("is over 0.0625 KB, more than a news story");
  });
});
