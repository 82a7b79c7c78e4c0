import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_FILE } from "../../src/db/bylineDatabase.js";
import { MIGRATIONS } from "../../src/db/migrations.js";
import { BylineStore } from "../../src/db/store.js";

const ROOT = join(import.meta.dirname, "../..");
const folders: string[] = [];
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "byline-db-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("BylineStore", () => {
  it("creates the database in a missing folder and keeps a server's default story across a restart", () => {
    const dataDir = join(freshFolder(), "nested", "data");
    const first = BylineStore.open(dataDir);
    expect(first.settings.defaultStory("111")).toBeUndefined();
    first.settings.setDefaultStory("111", "harbor-city-budget");
    first.settings.setDefaultStory("222", "ridgeline-wildfire");
    first.settings.setDefaultStory("222", "chip-export-rules");
    first.close();

    const again = BylineStore.open(dataDir);
    expect(again.settings.defaultStory("111")).toBe("harbor-city-budget");
    expect(again.settings.defaultStory("222")).toBe("chip-export-rules");
    again.settings.setDefaultStory("111", undefined);
    expect(again.settings.defaultStory("111")).toBeUndefined();
    again.close();
  });

  it("keeps feedback in order with what the reader saw, and an empty reason as none", () => {
    const store = BylineStore.open(freshFolder());
    const first = store.feedback.record({
      userId: "42",
      guildId: "111",
      channelId: "333",
      messageId: "444",
      command: "/who said quote:we will rebuild the pier",
      answer: "Dana Ruiz, harbor master, said it (¶4).",
      reason: "It was Ken Obi",
    });
    const second = store.feedback.record({
      userId: "43",
      command: "/ask",
      answer: "…",
      reason: " ",
    });
    expect(second).toBeGreaterThan(first);
    const listed = store.feedback.list();
    expect(listed.map((f) => f.id)).toEqual([first, second]);
    expect(listed[0]).toMatchObject({ reason: "It was Ken Obi", guildId: "111", messageId: "444" });
    expect(listed[1]?.reason).toBeUndefined();
    expect(listed[1]?.guildId).toBeUndefined();
    expect(Date.parse(listed[0]?.createdAt ?? "")).not.toBeNaN();
    store.close();
  });

  it("keeps a story change for its moderator's confirmation across a restart, taken once, for 15 minutes", () => {
    const dataDir = freshFolder();
    const bytes = new TextEncoder().encode("The Fenwick ferry runs again from May 1.\n");
    const first = BylineStore.open(dataDir);
    const now = Date.now();
    const save = first.pending.add("42", { action: "save", name: "ferry.txt", bytes }, now);
    const remove = first.pending.add("42", { action: "remove", story: "old-notice" }, now);
    const stale = first.pending.add("42", { action: "remove", story: "x" }, now - 16 * 60_000);
    first.close();

    const again = BylineStore.open(dataDir);
    expect(again.pending.take(save, "43", now)).toBeUndefined();
    expect(again.pending.take(save, "42", now)).toEqual({
      action: "save",
      name: "ferry.txt",
      bytes,
    });
    expect(again.pending.take(save, "42", now)).toBeUndefined();
    expect(again.pending.take(remove, "42", now + 60_000)).toEqual({
      action: "remove",
      story: "old-notice",
    });
    expect(again.pending.take(stale, "42", now)).toBeUndefined();
    again.close();
  });

  it("uses write-ahead logging and records the schema version", () => {
    const dataDir = freshFolder();
    BylineStore.open(dataDir).close();
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("refuses a database written by a newer Byline, naming what to do", () => {
    const dataDir = freshFolder();
    BylineStore.open(dataDir).close();
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => BylineStore.open(dataDir)).toThrow(/newer Byline.*Update Byline, or set DATA_DIR/);
  });

  it("loses no committed feedback when the process is killed with SIGKILL mid-write", async () => {
    const dataDir = freshFolder();
    const storeModule = join(ROOT, "dist/src/db/store.js");
    // Writes reports as fast as it can and prints each id once its transaction has committed.
    const writer = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { BylineStore } from ${JSON.stringify(storeModule)};
         const store = BylineStore.open(${JSON.stringify(dataDir)});
         for (let i = 0; ; i++) {
           const id = store.feedback.record({ userId: "7", command: "/ask", answer: "x".repeat(2000), reason: String(i) });
           process.stdout.write(id + "\\n");
         }`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let printed = "";
    await new Promise<void>((resolve) => {
      writer.stdout.on("data", (chunk: Buffer) => {
        printed += chunk.toString();
        if (printed.split("\n").length > 201) resolve();
      });
    });
    writer.kill("SIGKILL");
    await new Promise((resolve) => writer.once("exit", resolve));
    const committed = printed
      .split("\n")
      .filter((line) => /^\d+$/.test(line))
      .map(Number);

    const store = BylineStore.open(dataDir);
    const kept = new Set(store.feedback.list().map((f) => f.id));
    expect(committed.length).toBeGreaterThanOrEqual(200);
    expect(committed.filter((id) => !kept.has(id))).toEqual([]);
    store.close();
    const db = new Database(join(dataDir, DATABASE_FILE));
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });
});
