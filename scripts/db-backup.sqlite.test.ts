import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { BACKUP_DATABASE, BACKUP_MANIFEST } from "@/lib/backup/manifest";
import { emptyAppDatabase, privateFolder } from "@/lib/testing/backup";

const run = promisify(execFile);

it("with STORAGE_DRIVER=s3, backs up the database and tells the operator how the bucket's media are protected instead", async () => {
  const root = await privateFolder();
  const databaseFile = path.join(root, "data/app.db");
  await emptyAppDatabase(databaseFile);
  const env = {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    STORAGE_DRIVER: "s3",
    S3_BUCKET: "art-media",
    S3_REGION: "eu-central-1",
    S3_ACCESS_KEY_ID: "key-id",
    S3_SECRET_ACCESS_KEY: "secret",
  };
  const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "scripts/db-backup.ts", path.join(root, "backups")], {
    env,
    cwd: path.join(import.meta.dirname, ".."),
  });

  expect(stdout).toMatch(/^Backup written to .*backups\/[\dT:.Z-]+ in [\d.]+ s \(integrity check: ok\)\./);
  expect(stderr).toMatch(/media are not in the backup: they stay in the S3 bucket "art-media" \(STORAGE_DRIVER=s3\)\. Protect them there/);
  const [folder] = await readdir(path.join(root, "backups"));
  expect((await readdir(path.join(root, "backups", folder))).sort()).toEqual([BACKUP_DATABASE, BACKUP_MANIFEST].sort());
}, 60_000);
