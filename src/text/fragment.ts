import { isTypoOf } from "./editDistance.js";
import { foldText } from "./fold.js";
import { findWords } from "./words.js";

/**
 * Whether the typed words run, in order and side by side, through the text, each as written or a
 * typo away (the last may be cut short): a fragment copied from the statement, whatever it leaves
 * out around it.
 */
export function isFragmentOf(typed: string, text: string): boolean {
  const wanted = findWords(foldText(typed)).map((word) => word.raw);
  const words = findWords(foldText(text)).map((word) => word.raw);
  if (wanted.length === 0) return false;
  const alike = (a: string, b: string) => a === b || isTypoOf(a, b);
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const runsThrough = wanted.every((word, k) => {
      const other = words[start + k] ?? "";
      return alike(word, other) || (k === wanted.length - 1 && other.startsWith(word));
    });
    if (runsThrough) return true;
  }
  return false;
}
