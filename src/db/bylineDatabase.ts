import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { UserFacingError } from "../errors.js";
import { MIGRATIONS } from "./migrations.js";

export const DATABASE_FILE = "byline.sqlite";

/**
 * Byline's SQLite database: opened (created when missing) and brought to the current schema.
 * Write-ahead logging with full syncs: a committed transaction survives the process being killed
 * at any point, and readers (several shard processes) never wait for a writer.
 */
export function openDatabase(file: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 5000 });
    db.pragma("journal_mode = WAL");
  } catch (error) {
    throw new UserFacingError(
      `Could not open the database ${file} (${(error as Error).message}). Check that DATA_DIR is a writable folder.`,
    );
  }
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  migrate(db, file);
  return db;
}

function migrate(db: Database.Database, file: string): void {
  // BEGIN IMMEDIATE: two shards starting at once migrate one after the other, not both.
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new UserFacingError(
        `The database ${file} was written by a newer Byline (schema ${version}; this one knows ${MIGRATIONS.length}). Update Byline, or set DATA_DIR to another folder.`,
      );
    }
    for (const [step, sql] of MIGRATIONS.entries()) {
      if (step < version) continue;
      db.exec(sql);
    }
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
