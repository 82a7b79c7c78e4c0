import { randomBytes } from "node:crypto";

/** How long a moderator has to press Save or Remove: Discord's own life of an interaction. */
const CONFIRM_WITHIN_MS = 15 * 60_000;

/** What a confirmation button does once pressed. */
export type PendingChange =
  | { readonly action: "save"; readonly name: string; readonly bytes: Uint8Array }
  | { readonly action: "remove"; readonly story: string };

/**
 * Story changes waiting for their moderator's confirmation, by a short random key that the buttons
 * carry (the upload itself cannot fit in a custom id). Kept in memory: after a restart, or 15
 * minutes, the moderator is asked to run the command again.
 */
export class PendingConfirmations {
  readonly #changes = new Map<string, { change: PendingChange; asker: string; until: number }>();

  add(asker: string, change: PendingChange, now = Date.now()): string {
    for (const [key, pending] of this.#changes) if (pending.until <= now) this.#changes.delete(key);
    const key = randomBytes(9).toString("base64url");
    this.#changes.set(key, { change, asker, until: now + CONFIRM_WITHIN_MS });
    return key;
  }

  /** The change, taken out (a second press finds nothing), if it is the asker's and not stale. */
  take(key: string, asker: string, now = Date.now()): PendingChange | undefined {
    const pending = this.#changes.get(key);
    if (!pending || pending.asker !== asker) return undefined;
    this.#changes.delete(key);
    return pending.until > now ? pending.change : undefined;
  }
}
