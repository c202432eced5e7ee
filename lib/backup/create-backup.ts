import "server-only";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { BACKUP_FILES, BACKUP_MEDIA, writeManifest, type BackupMethod, type Manifest } from "@/lib/backup/manifest";
import { referencedMedia } from "@/lib/backup/media-references";
import { emptyTally, mirrorMedia, mirrorReferences, type MediaTally } from "@/lib/backup/media-tree";
import { appliedMigrations, integrityProblems, snapshotDatabase, tableRowCounts } from "@/lib/backup/sqlite-files";

/**
 * One database engine's part of a backup: a snapshot of one instant written
 * to a file, the media it references, and its description once checked.
 */
export type DatabaseSnapshotter = {
  method: BackupMethod;
  /** Why there is nothing to back up (no such file, no connection), or null. */
  unavailable(): Promise<string | null>;
  /**
   * Writes a snapshot to `target` (replacing one written before), handing
   * `withReferences` the media it references as soon as they are known:
   * before a slow dump, since the sooner their files are linked, the fewer
   * can be deleted meanwhile.
   */
  take(target: string, withReferences: (references: string[]) => Promise<void>): Promise<void>;
  /** The media the live database references now. */
  liveReferences(): Promise<string[]>;
  /** Checks the last snapshot written to `target` (throwing when it is not sound) and describes it. */
  describe(target: string): Promise<{ tables: Record<string, number>; migrations: string[] }>;
};

export type BackupLocation = {
  mediaRoot: string;
  /** Media kept in this S3 bucket instead of mediaRoot: left out, the database alone is copied. */
  mediaBucket?: string;
  /** The backup lands in a new folder `<backupRoot>/<UTC time>/`. */
  backupRoot: string;
  app: Manifest["app"];
  now?: Date;
};

export type BackupOptions = BackupLocation & { databaseFile: string };

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

export async function fsyncFile(file: string): Promise<void> {
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
  database: DatabaseSnapshotter,
  mediaRoot: string,
  work: string,
  tally: MediaTally,
): Promise<{ unavailable: string[]; snapshots: number; takenAt: Date }> {
  const databaseCopy = path.join(work, BACKUP_FILES[database.method]);
  const mediaCopy = path.join(work, BACKUP_MEDIA);
  const done = new Set<string>();
  await mkdir(mediaCopy);
  await mirrorMedia(mediaRoot, mediaCopy, done, tally);
  let unavailable: string[] = [];
  let snapshots = 0;
  let takenAt = new Date();
  while (snapshots < SNAPSHOT_ATTEMPTS) {
    snapshots += 1;
    // Catching up first leaves few files to link between the snapshot and its references.
    await mirrorMedia(mediaRoot, mediaCopy, done, tally);
    takenAt = new Date();
    await database.take(databaseCopy, async (references) => {
      unavailable = await mirrorReferences(references, mediaRoot, mediaCopy, done, tally);
    });
    const live = new Set(await database.liveReferences());
    if (unavailable.every((reference) => live.has(reference))) break;
  }
  return { unavailable, snapshots, takenAt };
}

/** Without media to chase there is nothing to retake for: one snapshot. */
async function snapshotDatabaseOnly(
  database: DatabaseSnapshotter,
  work: string,
): Promise<{ unavailable: string[]; snapshots: number; takenAt: Date }> {
  const takenAt = new Date();
  await database.take(path.join(work, BACKUP_FILES[database.method]), async () => {});
  return { unavailable: [], snapshots: 1, takenAt };
}

/** The SQLite part: VACUUM INTO, SQLite's integrity check. */
function sqliteSnapshotter(databaseFile: string): DatabaseSnapshotter {
  return {
    method: "VACUUM INTO",
    unavailable: async () =>
      (await stat(databaseFile).catch(() => null)) ? null : `There is no database at ${databaseFile}: check DATABASE_URL.`,
    async take(target, withReferences) {
      await rm(target, { force: true });
      snapshotDatabase(databaseFile, target);
      await withReferences(referencedMedia(target));
    },
    liveReferences: async () => referencedMedia(databaseFile),
    async describe(target) {
      await fsyncFile(target);
      const problems = integrityProblems(target);
      if (problems.length > 0) throw new Error(`The copy failed SQLite's integrity check: ${problems.slice(0, 5).join("; ")}`);
      return { tables: tableRowCounts(target), migrations: appliedMigrations(target) };
    },
  };
}

/**
 * Writes a backup of the live database and media folder while the app keeps
 * running. It is built in `<name>.partial` and renamed once checked, so a
 * folder without that suffix is always a complete, verified backup.
 */
export async function writeBackup(database: DatabaseSnapshotter, options: BackupLocation): Promise<BackupResult> {
  const problem = await database.unavailable();
  if (problem) throw new Error(problem);
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
    } = options.mediaBucket
      ? await snapshotDatabaseOnly(database, work)
      : await takeConsistentSnapshot(database, options.mediaRoot, work, media);
    const file = BACKUP_FILES[database.method];
    const { tables, migrations } = await database.describe(path.join(work, file));
    const manifest: Manifest = {
      format: 1,
      createdAt: takenAt.toISOString(),
      app: options.app,
      method: database.method,
      migrations: { applied: migrations.length, latest: migrations.at(-1) ?? null },
      database: { file, bytes: (await stat(path.join(work, file))).size, tables },
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

/** A backup of a SQLite site. */
export function createBackup(options: BackupOptions): Promise<BackupResult> {
  return writeBackup(sqliteSnapshotter(options.databaseFile), options);
}
