/**
 * Test helper, run as its own process (node --import tsx backup-write-load.ts
 * <database> <media root>): writes to the database the way the app does,
 * without pause, until SIGTERM. Each round uploads an artwork (file first,
 * then the row), every third round deletes one (row first, then the file)
 * and every fifth hides one (its file linked under a new private key, the
 * rows changed, then the old file unlinked: lib/art/media-move.ts). It
 * reports its totals to the parent over IPC after every round. Local disk
 * only, like the media half of db:backup it loads (a bucket is not backed up).
 */
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type WriteLoadProgress = { uploaded: number; deleted: number };

const [databaseFile, mediaRoot] = process.argv.slice(2);
const db = new Database(databaseFile);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");

const authorId = `load-${randomBytes(6).toString("hex")}`;
db.prepare("INSERT INTO User (id, username, usernameKey, passwordHash, updatedAt) VALUES (?, ?, ?, 'x', CURRENT_TIMESTAMP)").run(
  authorId,
  authorId,
  authorId,
);

const insertArtwork = db.prepare(
  "INSERT INTO Artwork (id, authorId, title, width, height, placeholder, dominantColor, mediaKey, updatedAt) VALUES (?, ?, 'Load', 4, 4, 'x', '#000000', ?, CURRENT_TIMESTAMP)",
);
const insertVariant = db.prepare(
  "INSERT INTO ArtworkVariant (artworkId, kind, format, width, height, bytes, key) VALUES (?, 'THUMB', 'webp', 4, 4, 16, ?)",
);
const upload = db.transaction((id: string, mediaKey: string, key: string) => {
  insertArtwork.run(id, authorId, mediaKey);
  insertVariant.run(id, key);
});
const pickVictim = db.prepare(
  "SELECT a.id, v.key FROM Artwork a JOIN ArtworkVariant v ON v.artworkId = a.id WHERE a.authorId = ? ORDER BY random() LIMIT 1",
);
const deleteArtwork = db.prepare("DELETE FROM Artwork WHERE id = ?");
const moveArtwork = db.prepare("UPDATE Artwork SET mediaKey = ?, hiddenAt = CURRENT_TIMESTAMP WHERE id = ?");
const moveVariant = db.prepare("UPDATE ArtworkVariant SET key = ? WHERE key = ?");
const hide = db.transaction((id: string, mediaKey: string, from: string, to: string) => {
  moveArtwork.run(mediaKey, id);
  moveVariant.run(to, from);
});

const mediaPath = (key: string) => path.join(mediaRoot, ...key.split("/"));

function writeMediaFile(key: string): void {
  const file = mediaPath(key);
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
    rmSync(mediaPath(victim.key));
    progress.deleted += 1;
  }
  if (progress.uploaded % 5 === 0) {
    const victim = pickVictim.get(authorId) as { id: string; key: string };
    const mediaKey = randomBytes(12).toString("hex");
    const key = `private/art/${mediaKey}/thumb-4x4.webp`;
    mkdirSync(path.dirname(mediaPath(key)), { recursive: true });
    linkSync(mediaPath(victim.key), mediaPath(key));
    hide(victim.id, mediaKey, victim.key, key);
    rmSync(mediaPath(victim.key));
  }
  if (process.connected) process.send?.(progress);
  setImmediate(round);
}

process.once("SIGTERM", () => {
  db.close();
  process.exit(0);
});
round();
