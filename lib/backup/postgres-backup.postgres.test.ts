import { mkdir, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { knownMigrations } from "@/lib/backup/cli";
import { BACKUP_DUMP, BACKUP_MANIFEST, BACKUP_MEDIA, manifestSchema } from "@/lib/backup/manifest";
import { missingFrom } from "@/lib/backup/media-references";
import { listMediaFiles } from "@/lib/backup/media-tree";
import { archiveRowCounts, createPostgresBackup, postgresMediaReferences } from "@/lib/backup/postgres-dump";
import { restorePostgresBackup, type PostgresRestoreOptions } from "@/lib/backup/restore-postgres";
import { RestoreRefused } from "@/lib/backup/restore-steps";
import { tableRowCounts, withPostgres } from "@/lib/database/postgres-catalog";
import { folderFingerprint, privateFolder, WriteLoad } from "@/lib/testing/backup";
import { newPostgresDatabase } from "@/lib/testing/private-database";

const APP = { name: "artist-collective", version: "test" };
const KNOWN = knownMigrations(process.cwd(), "postgresql");

const rowCounts = (url: string) => withPostgres(url, tableRowCounts);
const references = (url: string) => withPostgres(url, postgresMediaReferences);

/** Adds one member with an avatar folder holding one file, as the app would. */
async function addMember(url: string, mediaRoot: string, name: string): Promise<void> {
  const avatarKey = `${name}avatar`;
  await mkdir(path.join(mediaRoot, "avatars", avatarKey), { recursive: true });
  await writeFile(path.join(mediaRoot, "avatars", avatarKey, "64.webp"), name);
  await withPostgres(url, (client) =>
    client.query(
      `INSERT INTO "User" ("id", "username", "usernameKey", "passwordHash", "avatarKey", "updatedAt") VALUES ($1, $1, $1, 'x', $2, now())`,
      [name, avatarKey],
    ),
  );
}

describe("backup of a PostgreSQL site under write load, then restore", () => {
  it("archives one instant with every file it references, and restores it into an empty database with the same rows", async () => {
    const root = await privateFolder();
    const live = { url: await newPostgresDatabase(), mediaRoot: path.join(root, "data/media") };
    const writer = new WriteLoad(live.url, live.mediaRoot);
    let backup;
    try {
      await writer.untilUploaded(150);
      const uploadedBefore = writer.latest.uploaded - writer.latest.deleted;
      backup = await createPostgresBackup({ ...live, backupRoot: path.join(root, "backups"), app: APP });
      await writer.untilUploaded(writer.latest.uploaded + 20);
      expect(backup.manifest.database.tables.Artwork).toBeGreaterThanOrEqual(uploadedBefore);
      expect((await rowCounts(live.url)).Artwork).toBeGreaterThan(backup.manifest.database.tables.Artwork);
    } finally {
      await writer.stop();
    }

    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(backup.folder, BACKUP_MANIFEST), "utf8")));
    expect(manifest).toMatchObject({ method: "pg_dump", database: { file: BACKUP_DUMP }, migrations: { latest: KNOWN.at(-1) } });
    expect(await archiveRowCounts(path.join(backup.folder, BACKUP_DUMP))).toEqual(manifest.database.tables);
    const mediaFiles = await listMediaFiles(path.join(backup.folder, BACKUP_MEDIA));
    expect(manifest.media).toMatchObject({ missing: [], files: mediaFiles.length });
    expect(mediaFiles.some((file) => file.startsWith("private/art/"))).toBe(true);
    expect((await stat(backup.folder)).mode & 0o777).toBe(0o700);

    // A database with no tables at all, as `createdb` leaves it.
    const restored = { url: await newPostgresDatabase("bare"), mediaRoot: path.join(root, "restored/media") };
    await restorePostgresBackup({ backupFolder: backup.folder, ...restored, appPorts: [], knownMigrations: KNOWN });
    expect(await rowCounts(restored.url)).toEqual(manifest.database.tables);
    expect(manifest.database.tables.ArtworkVariant).toBeGreaterThan(0);
    expect(await missingFrom(await references(restored.url), restored.mediaRoot)).toEqual([]);
  }, 90_000);
});

/** A backup holding members "ann" and "bob", and a live site (another database and media folder) holding "zoe". */
async function siteWithBackup() {
  const root = await privateFolder();
  const source = { url: await newPostgresDatabase(), mediaRoot: path.join(root, "source/media") };
  await addMember(source.url, source.mediaRoot, "ann");
  await addMember(source.url, source.mediaRoot, "bob");
  const { folder } = await createPostgresBackup({ ...source, backupRoot: path.join(root, "backups"), app: APP });
  const site = path.join(root, "site");
  const live = { url: await newPostgresDatabase(), mediaRoot: path.join(site, "data/media") };
  await addMember(live.url, live.mediaRoot, "zoe");
  const options: PostgresRestoreOptions = { backupFolder: folder, ...live, appPorts: [], knownMigrations: KNOWN };
  return { site, folder, live, options };
}

describe("restoring a PostgreSQL backup over a live site", () => {
  it("replaces the database and media, keeping the previous ones aside", async () => {
    const { site, live, options } = await siteWithBackup();
    const result = await restorePostgresBackup({ ...options, now: new Date("2026-11-24T12:00:00Z") });
    const users = await withPostgres(live.url, async (client) => (await client.query(`SELECT "id" FROM "User" ORDER BY "id"`)).rows);
    expect(users).toEqual([{ id: "ann" }, { id: "bob" }]);
    const aside = "2026-11-24T12-00-00.000Z";
    const databaseAside = path.join(site, "data", `database.before-restore-${aside}.dump`);
    expect(result.keptAside).toEqual([databaseAside, `${live.mediaRoot}.before-restore-${aside}`]);
    expect((await archiveRowCounts(databaseAside)).User).toBe(1);
    expect(await listMediaFiles(live.mediaRoot)).toEqual(
      expect.arrayContaining(["avatars/annavatar/64.webp", "avatars/bobavatar/64.webp"]),
    );
  });
});

describe("a PostgreSQL site whose media are in an S3 bucket (STORAGE_DRIVER=s3)", () => {
  it("is backed up as the archive alone, and gets its database back without MEDIA_ROOT being touched", async () => {
    const root = await privateFolder();
    const source = { url: await newPostgresDatabase(), mediaRoot: path.join(root, "unused"), mediaBucket: "art-media" };
    await addMember(source.url, path.join(root, "elsewhere"), "ann");
    const { folder, manifest } = await createPostgresBackup({ ...source, backupRoot: path.join(root, "backups"), app: APP });
    expect(manifest.media).toEqual({ bucket: "art-media" });
    expect((await readdir(folder)).sort()).toEqual([BACKUP_DUMP, BACKUP_MANIFEST]);

    const live = { url: await newPostgresDatabase(), mediaRoot: path.join(root, "site/data/media") };
    await addMember(live.url, live.mediaRoot, "zoe");
    const mediaBefore = await folderFingerprint(live.mediaRoot);
    const result = await restorePostgresBackup({
      backupFolder: folder,
      ...live,
      mediaBucket: "art-media",
      appPorts: [],
      knownMigrations: KNOWN,
    });
    expect((await rowCounts(live.url)).User).toBe(1);
    expect(await folderFingerprint(live.mediaRoot)).toEqual(mediaBefore);
    expect(result.keptAside).toEqual([expect.stringMatching(/site\/data\/database\.before-restore-.*\.dump$/)]);
  });
});

describe("refusing to restore a PostgreSQL backup, changing nothing", () => {
  async function expectRefusal(options: PostgresRestoreOptions, message: RegExp) {
    const before = { rows: await rowCounts(options.url), media: await folderFingerprint(path.dirname(options.mediaRoot)) };
    const refusal = restorePostgresBackup(options);
    await expect(refusal).rejects.toThrow(RestoreRefused);
    await expect(refusal).rejects.toThrow(message);
    expect({ rows: await rowCounts(options.url), media: await folderFingerprint(path.dirname(options.mediaRoot)) }).toEqual(before);
  }

  it("refuses while another connection to the database is open", async () => {
    const { options } = await siteWithBackup();
    const app = new pg.Client({ connectionString: options.url, application_name: "the-app" });
    await app.connect();
    try {
      await expectRefusal(
        options,
        /The app seems to be running: 1 other connection is open to database private_\w+ \(the-app from 127\.0\.0\.1\)/,
      );
    } finally {
      await app.end();
    }
  });

  it("refuses an archive cut short, naming pg_restore's complaint", async () => {
    const { folder, options } = await siteWithBackup();
    const archive = path.join(folder, BACKUP_DUMP);
    await truncate(archive, Math.floor((await stat(archive)).size / 2));
    await expectRefusal(options, /database\.dump is not a complete pg_dump archive \(pg_restore failed: .*\): use another backup/);
  });

  it("refuses a backup without its archive", async () => {
    const { folder, options } = await siteWithBackup();
    await rm(path.join(folder, BACKUP_DUMP));
    await expectRefusal(options, /holds no database \(database\.dump is missing\)/);
  });

  it("refuses a SQLite backup, pointing to the way from SQLite to PostgreSQL", async () => {
    const { folder, options } = await siteWithBackup();
    const manifest = JSON.parse(await readFile(path.join(folder, BACKUP_MANIFEST), "utf8")) as Record<string, unknown>;
    await writeFile(
      path.join(folder, BACKUP_MANIFEST),
      JSON.stringify({ ...manifest, method: "VACUUM INTO", database: { ...(manifest.database as object), file: "database.db" } }),
    );
    await expectRefusal(options, /is a backup of a SQLite database, and DATABASE_URL names PostgreSQL: .*db:copy-to-postgres/);
  });

  it("refuses a backup from a newer version of the app", async () => {
    const { options } = await siteWithBackup();
    await expectRefusal({ ...options, knownMigrations: [] }, /made by a newer version of the app \(migration \w+ is unknown here\)/);
  });
});
