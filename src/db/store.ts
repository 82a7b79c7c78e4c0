import { join } from "node:path";
import type Database from "better-sqlite3";
import { DATABASE_FILE, openDatabase } from "./bylineDatabase.js";
import { FeedbackLog } from "./feedbackLog.js";
import { PendingChanges } from "./pendingChanges.js";
import { ServerSettings } from "./serverSettings.js";

/** What Byline keeps in its database, opened from the data folder. */
export class BylineStore {
  readonly settings: ServerSettings;
  readonly feedback: FeedbackLog;
  readonly pending: PendingChanges;
  readonly #db: Database.Database;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.settings = new ServerSettings(db);
    this.feedback = new FeedbackLog(db);
    this.pending = new PendingChanges(db);
  }

  /** Opens (creating and migrating) `byline.sqlite` in `dataDir`. */
  static open(dataDir: string): BylineStore {
    return new BylineStore(openDatabase(join(dataDir, DATABASE_FILE)));
  }

  /** A database that lasts as long as the process: for a bot run without a data folder. */
  static inMemory(): BylineStore {
    return new BylineStore(openDatabase(":memory:"));
  }

  close(): void {
    this.#db.close();
  }
}
