import { setFlagsFromString } from "node:v8";

/**
 * How far past what the last full collection kept alive V8 lets the old generation grow before
 * the next one, in percent. Left to itself on a machine with gigabytes free, V8 lets it reach up to
 * four times that. At 10,000 stories (about 950 MB alive), under load right after connecting,
 * the bot peaked at 1.6 GB in four of eight load runs (`npm run bench:load`, 2026-12-07); with
 * 40% it peaked at 0.85–1.07 GB in twelve, its suggestions and commands within the spread of
 * the runs without it.
 */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Bounds this process's heap growth to HEAP_GROWING_PERCENT. V8 reads the flag at every full
 * collection; the bot sets it once its stories are loaded, as bounded while loading 10,000 stories
 * from the cache the heap was collected more often, for 0.3–0.4 s more (6.3–6.5 s against
 * 5.9–6.1 s, 2026-12-07). NODE_OPTIONS cannot carry it.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
