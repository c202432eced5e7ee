/**
 * Test helper, run as its own process (node --import tsx backup-write-load.ts
 * <SQLite file or postgresql:// URL> <media root>): writes to the database
 * the way the app does, without pause, until SIGTERM. Each round uploads an
 * artwork (file first, then the row), every third round deletes one (row
 * first, then the file) and every fifth hides one (its file linked under a
 * new private key, the rows changed, then the old file unlinked:
 * lib/art/media-move.ts). It reports its totals to the parent over IPC
 * after every round. Local disk only, like the media half of db:backup it
 * loads (a bucket is not backed up).
 */
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openWriteLoadStore } from "./backup-write-load-store";

export type WriteLoadProgress = { uploaded: number; deleted: number };

const [database, mediaRoot] = process.argv.slice(2);
const store = await openWriteLoadStore(database, `load-${randomBytes(6).toString("hex")}`);

const mediaPath = (key: string) => path.join(mediaRoot, ...key.split("/"));

function writeMediaFile(key: string): void {
  const file = mediaPath(key);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${randomBytes(6).toString("hex")}`;
  writeFileSync(temporary, randomBytes(16));
  renameSync(temporary, file);
}

const progress: WriteLoadProgress = { uploaded: 0, deleted: 0 };

async function round(): Promise<void> {
  const mediaKey = randomBytes(12).toString("hex");
  const key = `art/${mediaKey}/thumb-4x4.webp`;
  writeMediaFile(key);
  await store.upload(mediaKey, mediaKey, key);
  progress.uploaded += 1;
  if (progress.uploaded % 3 === 0) {
    const victim = await store.pickVictim();
    await store.deleteArtwork(victim.id);
    rmSync(mediaPath(victim.key));
    progress.deleted += 1;
  }
  if (progress.uploaded % 5 === 0) {
    const victim = await store.pickVictim();
    const mediaKey = randomBytes(12).toString("hex");
    const key = `private/art/${mediaKey}/thumb-4x4.webp`;
    mkdirSync(path.dirname(mediaPath(key)), { recursive: true });
    linkSync(mediaPath(victim.key), mediaPath(key));
    await store.hide(victim.id, mediaKey, victim.key, key);
    rmSync(mediaPath(victim.key));
  }
  if (process.connected) process.send?.(progress);
  setImmediate(() => void round());
}

process.once("SIGTERM", () => {
  void store.close().then(() => process.exit(0));
});
void round();
