import type Database from "better-sqlite3";

/** A reader's report that an answer is wrong, as kept for the editors. */
export interface Feedback {
  readonly id: number;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly guildId?: string;
  readonly channelId?: string;
  /** The answer's message. */
  readonly messageId?: string;
  readonly userId: string;
  /** The command as typed, e.g. `/who said quote:…`. */
  readonly command: string;
  /** The answer as the reader saw it. */
  readonly answer: string;
  readonly reason?: string;
}

export type NewFeedback = Omit<Feedback, "id" | "createdAt">;

interface FeedbackRow {
  id: number;
  created_at: string;
  guild_id: string | null;
  channel_id: string | null;
  message_id: string | null;
  user_id: string;
  command: string;
  answer: string;
  reason: string | null;
}

/** Readers' "Wrong?" reports, oldest first. */
export class FeedbackLog {
  readonly #insert: Database.Statement<unknown[]>;
  readonly #all: Database.Statement<[], FeedbackRow>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      `INSERT INTO feedback (created_at, guild_id, channel_id, message_id, user_id, command, answer, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#all = db.prepare("SELECT * FROM feedback ORDER BY id");
  }

  /** Keeps a report (committed when this returns); its id. */
  record(feedback: NewFeedback): number {
    const result = this.#insert.run(
      new Date().toISOString(),
      feedback.guildId ?? null,
      feedback.channelId ?? null,
      feedback.messageId ?? null,
      feedback.userId,
      feedback.command,
      feedback.answer,
      feedback.reason?.trim() || null,
    );
    return Number(result.lastInsertRowid);
  }

  list(): Feedback[] {
    return this.#all.all().map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      ...(row.guild_id ? { guildId: row.guild_id } : {}),
      ...(row.channel_id ? { channelId: row.channel_id } : {}),
      ...(row.message_id ? { messageId: row.message_id } : {}),
      userId: row.user_id,
      command: row.command,
      answer: row.answer,
      ...(row.reason ? { reason: row.reason } : {}),
    }));
  }
}
