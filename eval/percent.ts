/** A share as the eval tables print it: "42.5%", or "–" of nothing. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`;
