import { join } from "node:path";
import type Database from "better-sqlite3";
import { DATABASE_FILE, openDatabase } from "./bylineDatabase.js";
import { FeedbackLog } from "./feedbackLog.js";
import { ServerSettings } from "./serverSettings.js";

/** What Byline keeps in its database, opened from the data folder. */
export class BylineStore {
  readonly settings: ServerSettings;
  readonly feedback: FeedbackLog;
  readonly #db: Database.Database;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.settings = new ServerSettings(db);
    this.feedback = new FeedbackLog(db);
  }

  /** Opens (creating and migrating) `byline.sqlite` in `dataDir`. */
  static open(dataDir: string): BylineStore {
    return new BylineStore(openDatabase(join(dataDir, DATABASE_FILE)));
  }

  close(): void {
    this.#db.close();
  }
}
