import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";

/** How long a moderator has to press Save or Remove: Discord's own life of an interaction. */
const CONFIRM_WITHIN_MS = 15 * 60_000;

/** What a confirmation button does once pressed. */
export type PendingChange =
  | { readonly action: "save"; readonly name: string; readonly bytes: Uint8Array }
  | { readonly action: "remove"; readonly story: string };

interface PendingRow {
  asker: string;
  action: string;
  name: string | null;
  bytes: Buffer | null;
  story: string | null;
  expires_at: number;
}

/**
 * Story changes waiting for their moderator's confirmation, by a short random key that the buttons
 * carry (an upload cannot fit in a custom id). Kept in the database, so Save still works after a
 * restart and on another shard's process, for 15 minutes.
 */
export class PendingChanges {
  readonly #insert: Database.Statement<unknown[]>;
  readonly #read: Database.Statement<[string], PendingRow>;
  readonly #delete: Database.Statement<[string]>;
  readonly #purge: Database.Statement<[number]>;
  readonly #take: (key: string) => PendingRow | undefined;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      "INSERT INTO pending_changes (key, asker, action, name, bytes, story, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.#read = db.prepare("SELECT * FROM pending_changes WHERE key = ?");
    this.#delete = db.prepare("DELETE FROM pending_changes WHERE key = ?");
    this.#purge = db.prepare("DELETE FROM pending_changes WHERE expires_at <= ?");
    // Read and delete together: a Save pressed twice (or on two shards) saves once.
    this.#take = db.transaction((key: string) => {
      const row = this.#read.get(key);
      if (row) this.#delete.run(key);
      return row;
    });
  }

  /** Keeps a change for `asker` to confirm; the key its buttons carry. */
  add(asker: string, change: PendingChange, now = Date.now()): string {
    this.#purge.run(now);
    const key = randomBytes(9).toString("base64url");
    this.#insert.run(
      key,
      asker,
      change.action,
      change.action === "save" ? change.name : null,
      change.action === "save" ? Buffer.from(change.bytes) : null,
      change.action === "remove" ? change.story : null,
      now + CONFIRM_WITHIN_MS,
    );
    return key;
  }

  /** The change, taken out (a second press finds nothing), if it is the asker's and not stale. */
  take(key: string, asker: string, now = Date.now()): PendingChange | undefined {
    const row = this.#read.get(key);
    if (!row || row.asker !== asker) return undefined;
    const taken = this.#take(key);
    if (!taken || taken.expires_at <= now) return undefined;
    if (taken.action === "save" && taken.name !== null && taken.bytes !== null)
      return { action: "save", name: taken.name, bytes: new Uint8Array(taken.bytes) };
    if (taken.action === "remove" && taken.story !== null)
      return { action: "remove", story: taken.story };
    return undefined;
  }
}
