import "server-only";
import { copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { runningAppEvidence, type AppPort } from "@/lib/backup/app-running";
import { backupFolderName } from "@/lib/backup/create-backup";
import { BACKUP_DATABASE, BACKUP_MEDIA, readManifest, type Manifest } from "@/lib/backup/manifest";
import { emptyTally, mirrorMedia, type MediaTally } from "@/lib/backup/media-tree";
import { appliedMigrations, integrityProblems, tableRowCounts } from "@/lib/backup/sqlite-files";

export type RestoreOptions = {
  backupFolder: string;
  databaseFile: string;
  mediaRoot: string;
  /** The site keeps its media in this S3 bucket (STORAGE_DRIVER=s3): only a backup without media fits it. */
  mediaBucket?: string;
  /** Where a running app would answer (PORT, REALTIME_PORT). */
  appPorts: AppPort[];
  /** The migrations this code knows; a backup with others comes from a newer version. */
  knownMigrations: string[];
  now?: Date;
};

export type RestoreResult = { manifest: Manifest; media: MediaTally; keptAside: string[] };

/** The restore did not start: nothing was changed. The message says why and what to do. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

async function isFolder(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null))?.isDirectory() ?? false;
}

async function exists(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null)) !== null;
}

/**
 * A backup's media and the site's must live in the same kind of place: a
 * folder restores into MEDIA_ROOT, a bucket is restored by the store itself.
 */
function checkMediaFits(manifest: Manifest, siteBucket: string | undefined): void {
  if ("bucket" in manifest.media && !siteBucket) {
    throw new RestoreRefused(
      `The backup holds no media: they stayed in the S3 bucket "${manifest.media.bucket}" when it was taken. Restore it with STORAGE_DRIVER=s3 and that bucket's settings.`,
    );
  }
  if (!("bucket" in manifest.media) && siteBucket) {
    throw new RestoreRefused(
      `The backup's media are files (${BACKUP_MEDIA}/), but this site keeps its media in the S3 bucket "${siteBucket}" (STORAGE_DRIVER=s3). ` +
        `Restore it with STORAGE_DRIVER=local, copy MEDIA_ROOT into the bucket (e.g. aws s3 sync <MEDIA_ROOT> s3://${siteBucket}/), then switch to STORAGE_DRIVER=s3.`,
    );
  }
}

/** Everything that can be known about the backup without changing anything. */
async function checkBackup(folder: string, knownMigrations: string[], siteBucket: string | undefined): Promise<Manifest> {
  if (!(await isFolder(folder))) throw new RestoreRefused(`${folder} is not a folder.`);
  const read = await readManifest(folder);
  if (!read.ok) throw new RestoreRefused(`${read.problem}.`);
  checkMediaFits(read.manifest, siteBucket);
  const databaseFile = path.join(folder, BACKUP_DATABASE);
  if (!(await exists(databaseFile))) throw new RestoreRefused(`${folder} holds no database (${BACKUP_DATABASE} is missing).`);
  if (!siteBucket && !(await isFolder(path.join(folder, BACKUP_MEDIA))))
    throw new RestoreRefused(`${folder} holds no media folder (${BACKUP_MEDIA}/ is missing).`);
  const problems = integrityProblems(databaseFile);
  if (problems.length > 0) throw new RestoreRefused(`${databaseFile} fails SQLite's integrity check: ${problems.slice(0, 5).join("; ")}`);
  const unknown = appliedMigrations(databaseFile).filter((name) => !knownMigrations.includes(name));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `The backup was made by a newer version of the app (migration ${unknown.join(", ")} is unknown here): deploy that version first.`,
    );
  }
  return read.manifest;
}

function differingCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables]
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `${table}: ${actual[table] ?? "none"} rows, manifest says ${expected[table] ?? "none"}`);
}

/** The backup's files beside their final places (same filesystem, so the swap is a rename), checked against the manifest. */
async function stage(options: RestoreOptions, manifest: Manifest, staged: { database: string; media: string }): Promise<MediaTally> {
  await mkdir(path.dirname(options.databaseFile), { recursive: true });
  await mkdir(path.dirname(options.mediaRoot), { recursive: true });
  await copyFile(path.join(options.backupFolder, BACKUP_DATABASE), staged.database);
  const differences = differingCounts(manifest.database.tables, tableRowCounts(staged.database));
  if (differences.length > 0) throw new RestoreRefused(`The backup's database does not match its manifest: ${differences.join("; ")}.`);
  const media = emptyTally();
  if (options.mediaBucket) return media;
  await mkdir(staged.media);
  await mirrorMedia(path.join(options.backupFolder, BACKUP_MEDIA), staged.media, new Set(), media);
  return media;
}

/**
 * Renames the live database (with its -wal and -journal, which may hold
 * committed rows) and media folder aside, then the staged ones into place.
 * Any failure puts back what was already moved. The -shm file is only an
 * index of the old -wal: it is removed so SQLite cannot pair it with the
 * restored file.
 */
async function swapIn(options: RestoreOptions, staged: { database: string; media: string }, stamp: string): Promise<string[]> {
  const done: [from: string, to: string][] = [];
  const move = async (from: string, to: string) => {
    await rename(from, to);
    done.push([from, to]);
  };
  const databaseAside = `${options.databaseFile}.before-restore-${stamp}`;
  const mediaAside = `${options.mediaRoot}.before-restore-${stamp}`;
  try {
    for (const suffix of ["", "-wal", "-journal"]) {
      if (await exists(options.databaseFile + suffix)) await move(options.databaseFile + suffix, databaseAside + suffix);
    }
    if (!options.mediaBucket && (await exists(options.mediaRoot))) await move(options.mediaRoot, mediaAside);
    await rm(`${options.databaseFile}-shm`, { force: true });
    if (!options.mediaBucket) await move(staged.media, options.mediaRoot);
    await move(staged.database, options.databaseFile);
  } catch (error) {
    for (const [from, to] of done.reverse()) await rename(to, from);
    throw error;
  }
  return done.map(([, to]) => to).filter((to) => to === databaseAside || to === mediaAside);
}

/**
 * Puts a backup written by createBackup in place of the live database and
 * media folder, keeping those aside. A site on S3 gets its database back
 * alone; its bucket is rolled back, if need be, with the bucket's versions.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const manifest = await checkBackup(options.backupFolder, options.knownMigrations, options.mediaBucket);
  const running = await runningAppEvidence(options.databaseFile, options.appPorts);
  if (running) throw new RestoreRefused(`The app seems to be running: ${running}. Stop it first, then restore.`);
  const stamp = backupFolderName(options.now ?? new Date());
  const staged = { database: `${options.databaseFile}.restoring-${stamp}`, media: `${options.mediaRoot}.restoring-${stamp}` };
  try {
    const media = await stage(options, manifest, staged);
    const keptAside = await swapIn(options, staged, stamp);
    return { manifest, media, keptAside };
  } finally {
    await rm(staged.database, { force: true });
    await rm(staged.media, { recursive: true, force: true });
  }
}
