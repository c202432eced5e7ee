/**
 * Test helper, run as its own process (node --import tsx write-load.ts
 * <database> <media root>): writes to the database the way the app does,
 * without pause, until SIGTERM. Each round uploads an artwork (file first,
 * then the row) and every third round deletes one (row first, then the
 * file). It reports its totals to the parent over IPC after every round.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type WriteLoadProgress = { uploaded: number; deleted: number };

const [databaseFile, mediaRoot] = process.argv.slice(2);
const db = new Database(databaseFile);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");

const authorId = `load-${randomBytes(6).toString("hex")}`;
db.prepare("INSERT INTO User (id, username, usernameKey, passwordHash, updatedAt) VALUES (?, ?, ?, 'x', CURRENT_TIMESTAMP)").run(authorId, authorId, authorId);

const insertArtwork = db.prepare(
  "INSERT INTO Artwork (id, authorId, title, width, height, placeholder, dominantColor, mediaKey, updatedAt) VALUES (?, ?, 'Load', 4, 4, 'x', '#000000', ?, CURRENT_TIMESTAMP)",
);
const insertVariant = db.prepare("INSERT INTO ArtworkVariant (artworkId, kind, format, width, height, bytes, key) VALUES (?, 'THUMB', 'webp', 4, 4, 16, ?)");
const upload = db.transaction((id: string, mediaKey: string, key: string) => {
  insertArtwork.run(id, authorId, mediaKey);
  insertVariant.run(id, key);
});
const pickVictim = db.prepare("SELECT a.id, v.key FROM Artwork a JOIN ArtworkVariant v ON v.artworkId = a.id WHERE a.authorId = ? ORDER BY random() LIMIT 1");
const deleteArtwork = db.prepare("DELETE FROM Artwork WHERE id = ?");

function writeMediaFile(key: string): void {
  const file = path.join(mediaRoot, ...key.split("/"));
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${randomBytes(6).toString("hex")}`;
  writeFileSync(temporary, randomBytes(16));
  renameSync(temporary, file);
}

const progress: WriteLoadProgress = { uploaded: 0, deleted: 0 };

function round(): void {
  const mediaKey = randomBytes(12).toString("hex");
  const key = `art/${mediaKey}/thumb-4x4.webp`;
  writeMediaFile(key);
  upload(mediaKey, mediaKey, key);
  progress.uploaded += 1;
  if (progress.uploaded % 3 === 0) {
    const victim = pickVictim.get(authorId) as { id: string; key: string };
    deleteArtwork.run(victim.id);
    rmSync(path.join(mediaRoot, ...victim.key.split("/")));
    progress.deleted += 1;
  }
  if (process.connected) process.send?.(progress);
  setImmediate(round);
}

process.once("SIGTERM", () => {
  db.close();
  process.exit(0);
});
round();
