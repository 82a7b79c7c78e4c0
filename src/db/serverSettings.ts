import type Database from "better-sqlite3";

/** Each server's settings: for now, the story its commands answer from when none is named. */
export class ServerSettings {
  readonly #read: Database.Statement<[string], { default_story: string | null }>;
  readonly #write: Database.Statement<[string, string | null, string]>;

  constructor(db: Database.Database) {
    this.#read = db.prepare("SELECT default_story FROM server_settings WHERE guild_id = ?");
    this.#write = db.prepare(
      `INSERT INTO server_settings (guild_id, default_story, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (guild_id) DO UPDATE SET default_story = excluded.default_story,
                                            updated_at = excluded.updated_at`,
    );
  }

  /** The story a server's commands use when `story:` is not given, if a moderator chose one. */
  defaultStory(guildId: string): string | undefined {
    return this.#read.get(guildId)?.default_story ?? undefined;
  }

  /** Sets (or, with undefined, clears) a server's default story. */
  setDefaultStory(guildId: string, storyId: string | undefined): void {
    this.#write.run(guildId, storyId ?? null, new Date().toISOString());
  }
}
