/**
 * The database's schema, one step per version: step i takes a database at `user_version` i to
 * i + 1. Steps are only ever appended; a released step is never edited.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE server_settings (
     guild_id      TEXT PRIMARY KEY,
     default_story TEXT,
     updated_at    TEXT NOT NULL
   ) STRICT;
   CREATE TABLE feedback (
     id         INTEGER PRIMARY KEY,
     created_at TEXT NOT NULL,
     guild_id   TEXT,
     channel_id TEXT,
     message_id TEXT,
     user_id    TEXT NOT NULL,
     command    TEXT NOT NULL,
     answer     TEXT NOT NULL,
     reason     TEXT
   ) STRICT;`,
  `CREATE TABLE pending_changes (
     key        TEXT PRIMARY KEY,
     asker      TEXT NOT NULL,
     action     TEXT NOT NULL,
     name       TEXT,
     bytes      BLOB,
     story      TEXT,
     expires_at INTEGER NOT NULL
   ) STRICT;`,
];
