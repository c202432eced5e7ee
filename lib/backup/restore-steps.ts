import "server-only";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { BACKUP_FILES, BACKUP_MEDIA, readManifest, type BackupMethod, type Manifest } from "@/lib/backup/manifest";
import { emptyTally, mirrorMedia, type MediaTally } from "@/lib/backup/media-tree";
import type { AppPort } from "@/lib/backup/app-running";

/** What restoring a SQLite backup and a PostgreSQL one share. */

/** The restore did not start: nothing was changed. The message says why and what to do. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

/** What every restore is told, whatever the database. */
export type RestoreFrom = {
  backupFolder: string;
  mediaRoot: string;
  /** The site keeps its media in this S3 bucket (STORAGE_DRIVER=s3): only a backup without media fits it. */
  mediaBucket?: string;
  /** Where a running app would answer on this machine (PORT, REALTIME_PORT). */
  appPorts: AppPort[];
  /** This code's migrations for the database; a backup with others comes from a newer version. */
  knownMigrations: string[];
  now?: Date;
};

export type RestoreResult = { manifest: Manifest; media: MediaTally; keptAside: string[] };

export async function isFolder(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null))?.isDirectory() ?? false;
}

export async function exists(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null)) !== null;
}

const ENGINES: Record<BackupMethod, string> = { "VACUUM INTO": "SQLite", pg_dump: "PostgreSQL" };

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

/**
 * The backup folder's manifest, once the folder holds everything it names,
 * was made by the database this restores into and keeps its media where
 * the site does.
 */
export async function checkBackupFolder(folder: string, method: BackupMethod, siteBucket: string | undefined): Promise<Manifest> {
  if (!(await isFolder(folder))) throw new RestoreRefused(`${folder} is not a folder.`);
  const read = await readManifest(folder);
  if (!read.ok) throw new RestoreRefused(`${read.problem}.`);
  if (read.manifest.method !== method) {
    throw new RestoreRefused(
      `${folder} is a backup of a ${ENGINES[read.manifest.method]} database, and DATABASE_URL names ${ENGINES[method]}: restore it into ${ENGINES[read.manifest.method]} (then npm run db:copy-to-postgres moves a SQLite site to PostgreSQL).`,
    );
  }
  checkMediaFits(read.manifest, siteBucket);
  const file = BACKUP_FILES[method];
  if (!(await exists(path.join(folder, file)))) throw new RestoreRefused(`${folder} holds no database (${file} is missing).`);
  if (!siteBucket && !(await isFolder(path.join(folder, BACKUP_MEDIA))))
    throw new RestoreRefused(`${folder} holds no media folder (${BACKUP_MEDIA}/ is missing).`);
  return read.manifest;
}

/** The migrations a backup has that this code does not know: it comes from a newer version. */
export function refuseNewerVersion(applied: string[], knownMigrations: string[]): void {
  const unknown = applied.filter((name) => !knownMigrations.includes(name));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `The backup was made by a newer version of the app (migration ${unknown.join(", ")} is unknown here): deploy that version first.`,
    );
  }
}

export function refuseDifferingCounts(expected: Record<string, number>, actual: Record<string, number>): void {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const differences = [...tables]
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `${table}: ${actual[table] ?? "none"} rows, manifest says ${expected[table] ?? "none"}`);
  if (differences.length > 0) throw new RestoreRefused(`The backup's database does not match its manifest: ${differences.join("; ")}.`);
}

/** The backup's media, copied beside the live folder (same filesystem, so the swap is a rename); none for a site on S3. */
export async function stageMedia({ backupFolder, mediaRoot, mediaBucket }: RestoreFrom, staged: string): Promise<MediaTally> {
  const media = emptyTally();
  if (mediaBucket) return media;
  await mkdir(path.dirname(mediaRoot), { recursive: true });
  await mkdir(staged);
  await mirrorMedia(path.join(backupFolder, BACKUP_MEDIA), staged, new Set(), media);
  return media;
}

/**
 * Renames each live path that exists aside, then each staged one into its
 * place. Any failure puts back what was already moved. Answers the paths
 * kept aside that `reported` names.
 */
/** MEDIA_ROOT's place in the swap: renamed aside and replaced by the staged folder, unless the media are in a bucket. */
export function mediaPlaces({ mediaRoot, mediaBucket }: RestoreFrom, staged: string, stamp: string) {
  return mediaBucket ? [] : [{ live: mediaRoot, aside: `${mediaRoot}.before-restore-${stamp}`, staged, reported: true }];
}

export async function swapIn(
  places: { live: string; aside: string; staged?: string; reported: boolean }[],
  beforeStaging: () => Promise<void> = async () => {},
): Promise<string[]> {
  const done: [from: string, to: string][] = [];
  const move = async (from: string, to: string) => {
    await rename(from, to);
    done.push([from, to]);
  };
  try {
    for (const place of places) if (await exists(place.live)) await move(place.live, place.aside);
    await beforeStaging();
    for (const place of places) if (place.staged) await move(place.staged, place.live);
  } catch (error) {
    for (const [from, to] of done.reverse()) await rename(to, from);
    throw error;
  }
  const reported = new Set(places.filter((place) => place.reported).map((place) => place.aside));
  return done.map(([, to]) => to).filter((to) => reported.has(to));
}
