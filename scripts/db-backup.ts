/**
 * npm run db:backup [-- <backup root>]
 * A consistent copy of the database (VACUUM INTO) and the media folder into
 * a new folder <backup root>/<UTC time>/ (default root: ./backups), while
 * the app keeps running. With STORAGE_DRIVER=s3 the media stay in the
 * bucket: the database alone is copied. See lib/backup/create-backup.ts.
 */
import "./load-env";
import path from "node:path";
import { POSTGRES_BACKUP_ADVICE } from "@/lib/backup/postgres-advice";
import { parseEnvOrExit, sqliteFileOf } from "@/lib/env-schema";
import { appIdentity, formatTables, positionalArguments } from "@/lib/backup/cli";
import { formatBytes } from "@/lib/format/bytes";
import { createBackup } from "@/lib/backup/create-backup";
import { mediaInBucketAdvice } from "@/lib/backup/manifest";

const DEFAULT_BACKUP_ROOT = "backups";

function backupRootOrExit(): string {
  const positionals = positionalArguments();
  if (!positionals || positionals.length > 1 || positionals[0]?.trim() === "") {
    console.error("usage: npm run db:backup [-- <backup folder>]   (default: ./backups)");
    process.exit(1);
  }
  return path.resolve(positionals[0] ?? DEFAULT_BACKUP_ROOT);
}

async function main() {
  const backupRoot = backupRootOrExit();
  const env = parseEnvOrExit();
  const started = performance.now();
  const { folder, manifest, media, snapshots } = await createBackup({
    databaseFile: sqliteFileOf(env.database, POSTGRES_BACKUP_ADVICE),
    mediaRoot: env.mediaRoot,
    mediaBucket: env.storage.driver === "s3" ? env.storage.bucket : undefined,
    backupRoot,
    app: appIdentity(),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backup written to ${folder} in ${seconds} s (integrity check: ok).`);
  console.log(
    `  database: ${formatBytes(manifest.database.bytes)}, migration ${manifest.migrations.latest ?? "none"}; rows: ${formatTables(manifest.database.tables)}`,
  );
  if ("bucket" in manifest.media) {
    console.warn(`  ${mediaInBucketAdvice(manifest.media.bucket)}`);
    return;
  }
  if (snapshots > 1) console.log(`  (the snapshot was taken ${snapshots} times: media files were deleted while the first was taken)`);
  console.log(`  media: ${media.files} files, ${formatBytes(media.bytes)} (${media.linked} hard-linked, ${media.copied} copied)`);
  if (manifest.media.missing.length > 0) {
    console.warn(
      `  warning: ${manifest.media.missing.length} media files the database refers to are missing from ${env.mediaRoot} itself: ${manifest.media.missing.slice(0, 10).join(", ")}`,
    );
  }
  if (media.linked > 0)
    console.log("  Hard links share the disk with the live files: copy the folder elsewhere (rsync -aH, tar) for safety.");
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
