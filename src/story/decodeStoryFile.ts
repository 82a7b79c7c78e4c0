import { UserFacingError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1's, byte = code point); NUL
 * where it has none. Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1's
 * control characters instead, so curly quotes and dashes would be lost.
 */
const WINDOWS_1252_HIGH = [..."€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ"];

/**
 * Terminal escape sequences (CSI "ESC [ … m", OSC "ESC ] … BEL", two-character "ESC x") and every
 * other control character but tab and line feed: a story printed to a terminal must not recolour,
 * clear or retitle it, and none of them is part of a story's words.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[ -~]?|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Turns a story file's bytes into text: UTF-8, or Windows-1252 when the bytes are not UTF-8 (what
 * older Windows editors save; Latin-1 text reads the same), with "\n" line ends, no byte order
 * mark, no control characters, and accents composed (NFC), so that an "é" typed as "e" plus a
 * combining accent is the same letter as a precomposed "é" and a name stays one name. The Unicode
 * hyphens (U+2010, and the non-breaking U+2011 that word processors put in "Jean‑Pierre") become
 * the hyphen-minus they look like, which every name and word pattern reads as part of a word.
 * Throws a UserFacingError naming the file when the bytes are not text.
 */
export function decodeStoryFile(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new UserFacingError(
      `${file} is not a text file (it contains NUL bytes). Save stories as UTF-8 text.`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(file, bytes);
  }
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(/[\u2010\u2011]/g, "-")
    .normalize("NFC");
}

function decodeWindows1252(file: string, bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    const char = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : undefined;
    if (char === "\0") {
      throw new UserFacingError(
        `${file} is neither UTF-8 nor Windows-1252 text. Re-save it with UTF-8 encoding.`,
      );
    }
    text += char ?? String.fromCharCode(byte);
  }
  return text;
}
