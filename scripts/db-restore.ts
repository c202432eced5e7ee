/**
 * npm run db:restore -- <backup folder>
 * Puts a backup written by db:backup back in place of the database and the
 * media folder, which are kept aside (renamed *.before-restore-<time>); with
 * STORAGE_DRIVER=s3, the database alone (the bucket keeps the media).
 * Refuses, changing nothing, while the app runs or when the backup is not
 * sound. See lib/backup/restore-backup.ts.
 */
import "./load-env";
import path from "node:path";
import { POSTGRES_BACKUP_ADVICE } from "@/lib/backup/postgres-advice";
import { parseEnvOrExit, sqliteFileOf, type Env } from "@/lib/env-schema";
import type { AppPort } from "@/lib/backup/app-running";
import { formatTables, knownMigrations, positionalArguments } from "@/lib/backup/cli";
import { formatBytes } from "@/lib/format/bytes";
import { mediaInBucketAdvice } from "@/lib/backup/manifest";
import { restoreBackup, RestoreRefused } from "@/lib/backup/restore-backup";

function backupFolderOrExit(): string {
  const positionals = positionalArguments();
  if (!positionals || positionals.length !== 1 || positionals[0].trim() === "") {
    console.error(
      "usage: npm run db:restore -- <backup folder>   (one folder written by npm run db:backup, e.g. backups/2026-11-24T12-00-00.000Z)",
    );
    process.exit(1);
  }
  return path.resolve(positionals[0]);
}

function appPorts(env: Env): AppPort[] {
  const web = { variable: "PORT", port: env.PORT };
  return env.usesBundledRealtime ? [web, { variable: "REALTIME_PORT", port: env.REALTIME_PORT }] : [web];
}

async function main() {
  const backupFolder = backupFolderOrExit();
  const env = parseEnvOrExit();
  const databaseFile = sqliteFileOf(env.database, POSTGRES_BACKUP_ADVICE);
  const { manifest, media, keptAside } = await restoreBackup({
    backupFolder,
    databaseFile,
    mediaRoot: env.mediaRoot,
    mediaBucket: env.storage.driver === "s3" ? env.storage.bucket : undefined,
    appPorts: appPorts(env),
    knownMigrations: knownMigrations(),
  });
  const mediaPlace = "bucket" in manifest.media ? "" : ` and ${env.mediaRoot}`;
  console.log(`Restored the backup of ${manifest.createdAt} into ${databaseFile}${mediaPlace} (integrity check: ok).`);
  console.log(`  database: ${formatBytes(manifest.database.bytes)}; rows: ${formatTables(manifest.database.tables)}`);
  if ("bucket" in manifest.media) {
    console.log(`  ${mediaInBucketAdvice(manifest.media.bucket)} To match this backup, roll the bucket back to ${manifest.createdAt}.`);
  } else {
    console.log(`  media: ${media.files} files, ${formatBytes(media.bytes)}`);
  }
  for (const kept of keptAside) console.log(`  kept aside: ${kept} (delete it once the restored site looks right)`);
  console.log("Start the app again (npm start): it applies any migration newer than the backup first.");
}

main().catch((error: unknown) => {
  if (error instanceof RestoreRefused) {
    console.error(`Restore refused, nothing was changed: ${error.message}`);
  } else {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
