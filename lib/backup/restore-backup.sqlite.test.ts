import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { knownMigrations } from "@/lib/backup/cli";
import { createBackup } from "@/lib/backup/create-backup";
import { BACKUP_DATABASE, BACKUP_MANIFEST, BACKUP_MEDIA, mediaInBucketAdvice } from "@/lib/backup/manifest";
import { restoreBackup, RestoreRefused, type RestoreOptions } from "@/lib/backup/restore-backup";
import { countRows, emptyAppDatabase, folderFingerprint, privateFolder } from "@/lib/testing/backup";

/** Adds one member with an avatar folder holding one file, as the app would. */
async function addMember(databaseFile: string, mediaRoot: string, name: string): Promise<void> {
  const avatarKey = `${name}avatar`;
  await mkdir(path.join(mediaRoot, "avatars", avatarKey), { recursive: true });
  await writeFile(path.join(mediaRoot, "avatars", avatarKey, "64.webp"), name);
  const db = new Database(databaseFile);
  try {
    db.prepare(
      "INSERT INTO User (id, username, usernameKey, passwordHash, avatarKey, updatedAt) VALUES (?, ?, ?, 'x', ?, CURRENT_TIMESTAMP)",
    ).run(name, name, name, avatarKey);
  } finally {
    db.close();
  }
}

/**
 * A backup holding members "ann" and "bob", and a live site (another
 * database and media folder) holding "zoe". With `mediaBucket`, the backup
 * was taken with its media in that bucket.
 */
async function siteWithBackup(mediaBucket?: string) {
  const root = await privateFolder();
  const source = { databaseFile: path.join(root, "source/app.db"), mediaRoot: path.join(root, "source/media") };
  await emptyAppDatabase(source.databaseFile);
  await addMember(source.databaseFile, source.mediaRoot, "ann");
  await addMember(source.databaseFile, source.mediaRoot, "bob");
  const { folder } = await createBackup({
    ...source,
    mediaBucket,
    backupRoot: path.join(root, "backups"),
    app: { name: "artist-collective", version: "test" },
  });

  const site = path.join(root, "site");
  const live = { databaseFile: path.join(site, "data/app.db"), mediaRoot: path.join(site, "data/media") };
  await emptyAppDatabase(live.databaseFile);
  await addMember(live.databaseFile, live.mediaRoot, "zoe");
  const options: RestoreOptions = { backupFolder: folder, ...live, appPorts: [], knownMigrations: knownMigrations() };
  return { root, site, folder, live, options };
}

describe("restoring a backup", () => {
  it("puts the backup's database and media in place and keeps the previous ones aside", async () => {
    const { site, options, live } = await siteWithBackup();
    await writeFile(`${live.databaseFile}-shm`, "stale index of the old WAL");
    const result = await restoreBackup({ ...options, now: new Date("2026-11-24T12:00:00Z") });
    // Before anything opens the databases again (a reader of a WAL file makes a new -shm).
    const leftovers = (await readdir(path.join(site, "data"))).filter((name) => name.endsWith("-shm") || name.includes("restoring"));
    expect(leftovers).toEqual([]);

    expect(countRows(live.databaseFile, "User")).toBe(2);
    expect((await readdir(path.join(live.mediaRoot, "avatars"))).sort()).toEqual(["annavatar", "bobavatar"]);
    const aside = "2026-11-24T12-00-00.000Z";
    expect(result.keptAside).toEqual([`${live.databaseFile}.before-restore-${aside}`, `${live.mediaRoot}.before-restore-${aside}`]);
    expect(countRows(`${live.databaseFile}.before-restore-${aside}`, "User")).toBe(1);
    expect(await readdir(path.join(`${live.mediaRoot}.before-restore-${aside}`, "avatars"))).toEqual(["zoeavatar"]);
  });

  it("keeps the backup itself unchanged, so it can be restored again", async () => {
    const { folder, options } = await siteWithBackup();
    const before = await folderFingerprint(folder);
    await restoreBackup(options);
    expect(await folderFingerprint(folder)).toEqual(before);
  });
});

async function expectRefusal(site: string, restore: () => Promise<unknown>, message: RegExp) {
  const before = await folderFingerprint(site);
  const refusal = restore();
  await expect(refusal).rejects.toThrow(RestoreRefused);
  await expect(refusal).rejects.toThrow(message);
  expect(await folderFingerprint(site)).toEqual(before);
}

describe("a site whose media are in an S3 bucket (STORAGE_DRIVER=s3)", () => {
  it("is backed up without media, the manifest naming the bucket that keeps them", async () => {
    const { folder } = await siteWithBackup("art-media");
    expect(await readdir(folder)).toEqual([BACKUP_DATABASE, BACKUP_MANIFEST].sort());
    const manifest = JSON.parse(await readFile(path.join(folder, BACKUP_MANIFEST), "utf8"));
    expect(manifest.media).toEqual({ bucket: "art-media" });
    expect(mediaInBucketAdvice("art-media")).toMatch(/not in the backup: they stay in the S3 bucket "art-media".*versioning.*replication/);
  });

  it("gets its database back alone; MEDIA_ROOT is not touched", async () => {
    const { site, live, options } = await siteWithBackup("art-media");
    const mediaBefore = await folderFingerprint(live.mediaRoot);
    const result = await restoreBackup({ ...options, mediaBucket: "art-media", now: new Date("2026-11-24T12:00:00Z") });

    expect(countRows(live.databaseFile, "User")).toBe(2);
    expect(await folderFingerprint(live.mediaRoot)).toEqual(mediaBefore);
    expect(result.keptAside).toEqual([`${live.databaseFile}.before-restore-2026-11-24T12-00-00.000Z`]);
    expect((await readdir(path.join(site, "data"))).filter((name) => name.includes("restoring"))).toEqual([]);
  });

  it("refuses a backup without media on a site that keeps them on disk, and one with media files on a site on S3", async () => {
    const bucketBackup = await siteWithBackup("art-media");
    await expectRefusal(
      bucketBackup.site,
      () => restoreBackup(bucketBackup.options),
      /holds no media: they stayed in the S3 bucket "art-media".*Restore it with STORAGE_DRIVER=s3/,
    );
    const folderBackup = await siteWithBackup();
    await expectRefusal(
      folderBackup.site,
      () => restoreBackup({ ...folderBackup.options, mediaBucket: "art-media" }),
      /media are files \(media\/\), but this site keeps its media in the S3 bucket "art-media".*aws s3 sync <MEDIA_ROOT> s3:\/\/art-media\//,
    );
  });
});

describe("refusing to restore, changing nothing", () => {
  it("refuses a folder that does not exist", async () => {
    const { site, root, options } = await siteWithBackup();
    await expectRefusal(site, () => restoreBackup({ ...options, backupFolder: path.join(root, "nowhere") }), /nowhere is not a folder/);
  });

  it("refuses a folder that no backup wrote", async () => {
    const { site, options } = await siteWithBackup();
    await expectRefusal(
      site,
      () => restoreBackup({ ...options, backupFolder: site }),
      /manifest\.json is missing: this is not a folder written by npm run db:backup/,
    );
  });

  it("refuses a backup without its database", async () => {
    const { site, folder, options } = await siteWithBackup();
    await rm(path.join(folder, BACKUP_DATABASE));
    await expectRefusal(site, () => restoreBackup(options), /holds no database \(database\.db is missing\)/);
  });

  it("refuses a backup without its media folder", async () => {
    const { site, folder, options } = await siteWithBackup();
    await rm(path.join(folder, BACKUP_MEDIA), { recursive: true });
    await expectRefusal(site, () => restoreBackup(options), /holds no media folder/);
  });

  it("refuses a damaged database", async () => {
    const { site, folder, options } = await siteWithBackup();
    await writeFile(path.join(folder, BACKUP_DATABASE), "not a database at all, just bytes".repeat(200));
    await expectRefusal(site, () => restoreBackup(options), /fails SQLite's integrity check: file is not a database/);
  });

  it("refuses a database whose rows do not match the manifest", async () => {
    const { site, folder, options } = await siteWithBackup();
    const db = new Database(path.join(folder, BACKUP_DATABASE));
    db.prepare("DELETE FROM User WHERE id = 'bob'").run();
    db.close();
    await expectRefusal(site, () => restoreBackup(options), /does not match its manifest: User: 1 rows, manifest says 2/);
  });

  it("refuses an unreadable manifest", async () => {
    const { site, folder, options } = await siteWithBackup();
    await writeFile(path.join(folder, BACKUP_MANIFEST), JSON.stringify({ format: 1 }));
    await expectRefusal(site, () => restoreBackup(options), /is not a backup manifest/);
  });

  it("refuses a backup from a newer version of the app", async () => {
    const { site, options } = await siteWithBackup();
    const older = options.knownMigrations.slice(0, -1);
    await expectRefusal(
      site,
      () => restoreBackup({ ...options, knownMigrations: older }),
      /made by a newer version of the app \(migration \w+ is unknown here\)/,
    );
  });

  it("refuses while another process has the database open", async () => {
    const { site, live, options } = await siteWithBackup();
    const app = new Database(live.databaseFile);
    try {
      app.prepare("SELECT COUNT(*) FROM User").get();
      await expectRefusal(site, () => restoreBackup(options), /The app seems to be running: another process has .*app\.db open/);
    } finally {
      app.close();
    }
  });

  it("refuses while something answers on the app's port", async () => {
    const { site, options } = await siteWithBackup();
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const appPorts = [{ variable: "PORT", port }];
      await expectRefusal(
        site,
        () => restoreBackup({ ...options, appPorts }),
        new RegExp(`something answers on 127\\.0\\.0\\.1:${port} \\(PORT\\)`),
      );
    } finally {
      server.close();
    }
  });

  it("leaves the site as it was when the backup is copied to a fresh place and then refused", async () => {
    const { root, folder, options } = await siteWithBackup();
    const fresh = path.join(root, "fresh");
    await mkdir(fresh);
    await copyFile(path.join(folder, BACKUP_MANIFEST), path.join(fresh, BACKUP_MANIFEST));
    await expectRefusal(fresh, () => restoreBackup({ ...options, backupFolder: fresh }), /holds no database/);
  });
});
