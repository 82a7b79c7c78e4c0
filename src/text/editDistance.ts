/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment), as typos usually are; gives up (returning limit + 1) once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Whether `typed` is `word` with a typo: from four letters on, one edit away, from eight letters
 * on two. Shorter words have too many real neighbours to call any of them a typo.
 */
export function isTypoOf(typed: string, word: string): boolean {
  if (typed.length < 4) return false;
  const allowed = typed.length >= 8 ? 2 : 1;
  return editDistance(typed, word, allowed) <= allowed;
}
