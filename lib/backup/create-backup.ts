import "server-only";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { BACKUP_DATABASE, BACKUP_MEDIA, writeManifest, type Manifest } from "@/lib/backup/manifest";
import { referencedMedia } from "@/lib/backup/media-references";
import { emptyTally, mirrorMedia, mirrorReferences, type MediaTally } from "@/lib/backup/media-tree";
import { appliedMigrations, integrityProblems, snapshotDatabase, tableRowCounts } from "@/lib/backup/sqlite-files";

export type BackupOptions = {
  databaseFile: string;
  mediaRoot: string;
  /** Media kept in this S3 bucket instead of mediaRoot: left out, the database alone is copied. */
  mediaBucket?: string;
  /** The backup lands in a new folder `<backupRoot>/<UTC time>/`. */
  backupRoot: string;
  app: Manifest["app"];
  now?: Date;
};

/** `snapshots`: how many were taken (more than one when files were deleted during the first). */
export type BackupResult = { folder: string; manifest: Manifest; media: MediaTally; snapshots: number };

/**
 * A snapshot that references files deleted while it was taken is retaken,
 * at most this often (see takeConsistentSnapshot): each attempt's window is
 * shorter than the first, which waits for the whole media folder.
 */
const SNAPSHOT_ATTEMPTS = 10;

/** 2026-11-24T12-40-05.123Z: sorts by time and is a valid folder name everywhere (no colons). */
export function backupFolderName(time: Date): string {
  return time.toISOString().replaceAll(":", "-");
}

/** Whether `inner` is `outer` or somewhere below it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(path.resolve(outer), path.resolve(inner));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The database snapshot plus every media file it references. Uploads (and
 * hiding or unhiding, which copy every file to new keys) write their files
 * before the row commits, and deletions (and those moves' old keys) remove
 * the row before the files, so a file the snapshot references existed when
 * it was taken: linked before it, or linked right after by its reference. Only a file
 * uploaded just before the snapshot and deleted just after can slip
 * through; the snapshot is then retaken (without that row). A reference
 * the live database still has is a file missing from MEDIA_ROOT itself:
 * retaking cannot help; it is reported in the manifest, not fatal.
 */
async function takeConsistentSnapshot(
  options: BackupOptions,
  work: string,
  tally: MediaTally,
): Promise<{ unavailable: string[]; snapshots: number; takenAt: Date }> {
  const databaseCopy = path.join(work, BACKUP_DATABASE);
  const mediaCopy = path.join(work, BACKUP_MEDIA);
  const done = new Set<string>();
  await mkdir(mediaCopy);
  await mirrorMedia(options.mediaRoot, mediaCopy, done, tally);
  let unavailable: string[] = [];
  let snapshots = 0;
  let takenAt = new Date();
  while (snapshots < SNAPSHOT_ATTEMPTS) {
    snapshots += 1;
    // Catching up first leaves few files to link between the snapshot and its references.
    await mirrorMedia(options.mediaRoot, mediaCopy, done, tally);
    await rm(databaseCopy, { force: true });
    takenAt = new Date();
    snapshotDatabase(options.databaseFile, databaseCopy);
    unavailable = await mirrorReferences(referencedMedia(databaseCopy), options.mediaRoot, mediaCopy, done, tally);
    const live = new Set(referencedMedia(options.databaseFile));
    if (unavailable.every((reference) => live.has(reference))) break;
  }
  return { unavailable, snapshots, takenAt };
}

/** Without media to chase there is nothing to retake for: one snapshot. */
async function snapshotDatabaseOnly(
  options: BackupOptions,
  work: string,
): Promise<{ unavailable: string[]; snapshots: number; takenAt: Date }> {
  const takenAt = new Date();
  snapshotDatabase(options.databaseFile, path.join(work, BACKUP_DATABASE));
  return { unavailable: [], snapshots: 1, takenAt };
}

function describeDatabase(file: string, bytes: number): Pick<Manifest, "migrations" | "database"> {
  const migrations = appliedMigrations(file);
  return {
    migrations: { applied: migrations.length, latest: migrations.at(-1) ?? null },
    database: { file: BACKUP_DATABASE, bytes, tables: tableRowCounts(file) },
  };
}

/**
 * Writes a backup of the live database and media folder while the app keeps
 * running. It is built in `<name>.partial` and renamed once checked, so a
 * folder without that suffix is always a complete, verified backup.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  await stat(options.databaseFile).catch(() => {
    throw new Error(`There is no database at ${options.databaseFile}: check DATABASE_URL.`);
  });
  if (!options.mediaBucket && isWithin(options.backupRoot, options.mediaRoot)) {
    throw new Error(
      `The backup folder ${options.backupRoot} is inside MEDIA_ROOT (${options.mediaRoot}): each backup would copy the ones before. Choose a folder outside it.`,
    );
  }
  const startedAt = options.now ?? new Date();
  const folder = path.join(options.backupRoot, backupFolderName(startedAt));
  const work = `${folder}.partial`;
  if (await stat(folder).catch(() => null)) throw new Error(`${folder} already exists; try again in a moment.`);
  await mkdir(options.backupRoot, { recursive: true });
  // Owner only: the copy holds password hashes and every member's private data.
  await mkdir(work, { mode: 0o700 });
  try {
    const media = emptyTally();
    const {
      unavailable: missing,
      snapshots,
      takenAt,
    } = options.mediaBucket ? await snapshotDatabaseOnly(options, work) : await takeConsistentSnapshot(options, work, media);
    const databaseCopy = path.join(work, BACKUP_DATABASE);
    await fsyncFile(databaseCopy);
    const problems = integrityProblems(databaseCopy);
    if (problems.length > 0) throw new Error(`The copy failed SQLite's integrity check: ${problems.slice(0, 5).join("; ")}`);
    const manifest: Manifest = {
      format: 1,
      createdAt: takenAt.toISOString(),
      app: options.app,
      method: "VACUUM INTO",
      ...describeDatabase(databaseCopy, (await stat(databaseCopy)).size),
      media: options.mediaBucket
        ? { bucket: options.mediaBucket }
        : { folder: BACKUP_MEDIA, files: media.files, bytes: media.bytes, missing },
    };
    await writeManifest(work, manifest);
    await rename(work, folder);
    return { folder, manifest, media, snapshots };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
