import "server-only";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { databaseOpenEvidence, runningAppEvidence } from "@/lib/backup/app-running";
import { backupFolderName } from "@/lib/backup/create-backup";
import { BACKUP_DATABASE, type Manifest } from "@/lib/backup/manifest";
import { type MediaTally } from "@/lib/backup/media-tree";
import {
  checkBackupFolder,
  mediaPlaces,
  refuseDifferingCounts,
  refuseNewerVersion,
  RestoreRefused,
  stageMedia,
  swapIn,
  type RestoreFrom,
  type RestoreResult,
} from "@/lib/backup/restore-steps";
import { appliedMigrations, integrityProblems, tableRowCounts } from "@/lib/backup/sqlite-files";

export { RestoreRefused, type RestoreResult } from "@/lib/backup/restore-steps";

export type RestoreOptions = RestoreFrom & { databaseFile: string };

/** Everything that can be known about the backup without changing anything. */
async function checkBackup({ backupFolder: folder, knownMigrations, mediaBucket }: RestoreOptions): Promise<Manifest> {
  const manifest = await checkBackupFolder(folder, "VACUUM INTO", mediaBucket);
  const databaseFile = path.join(folder, BACKUP_DATABASE);
  const problems = integrityProblems(databaseFile);
  if (problems.length > 0) throw new RestoreRefused(`${databaseFile} fails SQLite's integrity check: ${problems.slice(0, 5).join("; ")}`);
  refuseNewerVersion(appliedMigrations(databaseFile), knownMigrations);
  return manifest;
}

/** The backup's files beside their final places (same filesystem, so the swap is a rename), checked against the manifest. */
async function stage(options: RestoreOptions, manifest: Manifest, staged: { database: string; media: string }): Promise<MediaTally> {
  await mkdir(path.dirname(options.databaseFile), { recursive: true });
  await copyFile(path.join(options.backupFolder, BACKUP_DATABASE), staged.database);
  refuseDifferingCounts(manifest.database.tables, tableRowCounts(staged.database));
  return stageMedia(options, staged.media);
}

/**
 * Puts a backup written by createBackup in place of the live database and
 * media folder, keeping those aside. A site on S3 gets its database back
 * alone; its bucket is rolled back, if need be, with the bucket's versions. The live database goes aside with its
 * -wal and -journal, which may hold committed rows. The -shm file is only an
 * index of the old -wal: it is removed so SQLite cannot pair it with the
 * restored file.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const manifest = await checkBackup(options);
  const running = await runningAppEvidence(databaseOpenEvidence(options.databaseFile), options.appPorts);
  if (running) throw new RestoreRefused(`The app seems to be running: ${running}. Stop it first, then restore.`);
  const stamp = backupFolderName(options.now ?? new Date());
  const staged = { database: `${options.databaseFile}.restoring-${stamp}`, media: `${options.mediaRoot}.restoring-${stamp}` };
  const aside = (live: string) => `${live}.before-restore-${stamp}`;
  const database = options.databaseFile;
  try {
    const media = await stage(options, manifest, staged);
    const keptAside = await swapIn(
      [
        { live: database, aside: aside(database), staged: staged.database, reported: true },
        ...["-wal", "-journal"].map((suffix) => ({ live: database + suffix, aside: aside(database) + suffix, reported: false })),
        ...mediaPlaces(options, staged.media, stamp),
      ],
      () => rm(`${database}-shm`, { force: true }),
    );
    return { manifest, media, keptAside };
  } finally {
    await rm(staged.database, { force: true });
    await rm(staged.media, { recursive: true, force: true });
  }
}
