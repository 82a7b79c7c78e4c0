import { UserFacingError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Turns a story file's bytes into text with "\n" line ends, refusing what is not a text file.
 * Throws a UserFacingError naming the file.
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
    throw new UserFacingError(`${file} is not valid UTF-8 text. Re-save it with UTF-8 encoding.`);
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
