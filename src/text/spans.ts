/** A stretch of text: start, end exclusive. */
export type TextSpan = readonly [number, number];

/**
 * Spans sorted, with overlapping and touching ones merged: a hyphenated word and its parts
 * ("Syria-related", "Syria", "related") are one stretch to bold, not three.
 */
export function mergeSpans(spans: readonly TextSpan[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
