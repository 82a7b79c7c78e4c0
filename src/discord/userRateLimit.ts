/**
 * How often one person may use Byline: a token bucket per user. Each command or button press
 * takes a token; a full bucket holds BURST tokens and one comes back every REFILL_MS. A person
 * asking at a reading pace never meets it; someone flooding the bot is told to wait, privately,
 * and their requests cost the bot almost nothing.
 */
export const BURST = 6;
export const REFILL_MS = 2_000;
/** Users tracked at once; the idlest are forgotten first (their buckets were full again anyway). */
const MAX_TRACKED = 10_000;

export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterMs: number };

export class UserRateLimit {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly burst = BURST,
    readonly refillMs = REFILL_MS,
  ) {}

  /** Takes a token for `user` at time `now` (ms), or says how long until one is back. */
  take(user: string, now = Date.now()): RateDecision {
    const bucket = this.#buckets.get(user);
    const tokens = bucket
      ? Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs)
      : this.burst;
    // Re-inserted so that the map's order is least recently seen first.
    this.#buckets.delete(user);
    if (tokens < 1) {
      this.#buckets.set(user, { tokens, at: now });
      return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) * this.refillMs) };
    }
    this.#buckets.set(user, { tokens: tokens - 1, at: now });
    if (this.#buckets.size > MAX_TRACKED) {
      const idlest = this.#buckets.keys().next().value;
      if (idlest !== undefined) this.#buckets.delete(idlest);
    }
    return { allowed: true };
  }
}
