import "server-only";
import { chmod, rm } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { otherSessionsEvidence, runningAppEvidence } from "@/lib/backup/app-running";
import { backupFolderName } from "@/lib/backup/create-backup";
import { BACKUP_DUMP, type Manifest } from "@/lib/backup/manifest";
import { archiveRowCounts } from "@/lib/backup/postgres-dump";
import { archiveAsSql, runPostgresTool } from "@/lib/backup/postgres-tools";
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

export type PostgresRestoreOptions = RestoreFrom & {
  /** The database DATABASE_URL names: its schema is replaced by the backup's. */
  url: string;
};

/** Everything that can be known without changing anything; reading the whole archive back is its integrity check. */
async function checkBackup({ backupFolder: folder, knownMigrations, mediaBucket }: PostgresRestoreOptions): Promise<Manifest> {
  const manifest = await checkBackupFolder(folder, "pg_dump", mediaBucket);
  const archive = path.join(folder, BACKUP_DUMP);
  const counts = await archiveRowCounts(archive).catch((error: Error) => {
    throw new RestoreRefused(`${archive} is not a complete pg_dump archive (${error.message}): use another backup.`);
  });
  refuseDifferingCounts(manifest.database.tables, counts);
  refuseNewerVersion(manifest.migrations.latest ? [manifest.migrations.latest] : [], knownMigrations);
  return manifest;
}

/**
 * Replaces everything in the database's schema with the archive's, in ONE
 * transaction: the COMMIT is sent only once pg_restore has produced the
 * whole script, so a failure anywhere (or a script cut short) leaves the
 * database as it was. The schema is dropped first so nothing a later
 * version added survives beside the restored tables. Ownership and grants
 * are the restoring user's (the archive's roles may not exist on this server).
 */
async function replaceDatabase(url: string, archive: string): Promise<void> {
  const restore = archiveAsSql(["--no-owner", "--no-privileges", archive]);
  const script = new PassThrough();
  script.write("BEGIN;\nDROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n");
  restore.sql.pipe(script, { end: false });
  const restored = restore.done.then(
    () => void script.end("COMMIT;\n"),
    (error: unknown) => {
      script.end();
      throw error;
    },
  );
  const psql = runPostgresTool("psql", { url, args: ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--file=-"], stdin: script });
  await Promise.all([restored, psql]);
}

/**
 * Puts a backup written by createPostgresBackup in place of the database
 * DATABASE_URL names and the media folder. What they held is kept aside:
 * the database as a pg_dump archive beside the media folder, the media
 * folder renamed.
 */
export async function restorePostgresBackup(options: PostgresRestoreOptions): Promise<RestoreResult> {
  const manifest = await checkBackup(options);
  const running = await runningAppEvidence(otherSessionsEvidence(options.url), options.appPorts);
  if (running) throw new RestoreRefused(`The app seems to be running: ${running}. Stop every instance first, then restore.`);
  const stamp = backupFolderName(options.now ?? new Date());
  const stagedMedia = `${options.mediaRoot}.restoring-${stamp}`;
  const databaseAside = path.join(path.dirname(options.mediaRoot), `database.before-restore-${stamp}.dump`);
  try {
    const media = await stageMedia(options, stagedMedia);
    await runPostgresTool("pg_dump", { url: options.url, args: ["--format=custom", `--file=${databaseAside}`] });
    await chmod(databaseAside, 0o600);
    const keptAside = await swapIn(mediaPlaces(options, stagedMedia, stamp), () =>
      replaceDatabase(options.url, path.join(options.backupFolder, BACKUP_DUMP)),
    ).catch(async (error: unknown) => {
      // The database is as it was: its copy would only mislead.
      await rm(databaseAside, { force: true });
      throw error;
    });
    return { manifest, media, keptAside: [databaseAside, ...keptAside] };
  } finally {
    await rm(stagedMedia, { recursive: true, force: true });
  }
}
