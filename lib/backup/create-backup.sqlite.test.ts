import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knownMigrations } from "@/lib/backup/cli";
import { createBackup } from "@/lib/backup/create-backup";
import { BACKUP_DATABASE, BACKUP_MANIFEST, BACKUP_MEDIA, manifestSchema } from "@/lib/backup/manifest";
import { listMediaFiles } from "@/lib/backup/media-tree";
import { missingMedia } from "@/lib/backup/media-references";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { integrityProblems, tableRowCounts } from "@/lib/backup/sqlite-files";
import { countRows, emptyAppDatabase, privateFolder, WriteLoad } from "@/lib/testing/backup";

const APP = { name: "artist-collective", version: "test" };

describe("backup under write load, then restore", () => {
  it("writes a sound snapshot with every file it references, and restores it elsewhere with the same rows", async () => {
    const root = await privateFolder();
    const live = { databaseFile: path.join(root, "data/app.db"), mediaRoot: path.join(root, "data/media") };
    await emptyAppDatabase(live.databaseFile);
    const writer = new WriteLoad(live.databaseFile, live.mediaRoot);
    let backup;
    try {
      await writer.untilUploaded(150);
      const uploadedBefore = writer.latest.uploaded - writer.latest.deleted;
      backup = await createBackup({ ...live, backupRoot: path.join(root, "backups"), app: APP });
      // The writer is still going: the live database moves on past the snapshot.
      await writer.untilUploaded(writer.latest.uploaded + 20);
      const artworks = backup.manifest.database.tables.Artwork;
      expect(artworks).toBeGreaterThanOrEqual(uploadedBefore);
      expect(countRows(live.databaseFile, "Artwork")).toBeGreaterThan(artworks);
    } finally {
      await writer.stop();
    }

    const backupDatabase = path.join(backup.folder, BACKUP_DATABASE);
    expect(integrityProblems(backupDatabase)).toEqual([]);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(backup.folder, BACKUP_MANIFEST), "utf8")));
    expect(manifest.database.tables).toEqual(tableRowCounts(backupDatabase));
    expect(manifest.media).toMatchObject({ missing: [] });
    const mediaFiles = await listMediaFiles(path.join(backup.folder, BACKUP_MEDIA));
    const sizes = await Promise.all(mediaFiles.map(async (file) => (await stat(path.join(backup.folder, BACKUP_MEDIA, file))).size));
    expect(manifest.media).toMatchObject({ files: mediaFiles.length, bytes: sizes.reduce((sum, size) => sum + size, 0) });
    // Hidden artwork's files, moved to private keys while the backup ran, are in it too.
    expect(mediaFiles.some((file) => file.startsWith("private/art/"))).toBe(true);
    expect(manifest.migrations.latest).toBe(knownMigrations().at(-1));
    expect((await stat(backup.folder)).mode & 0o777).toBe(0o700);

    const restored = { databaseFile: path.join(root, "restored/app.db"), mediaRoot: path.join(root, "restored/media") };
    await restoreBackup({ backupFolder: backup.folder, ...restored, appPorts: [], knownMigrations: knownMigrations() });
    expect(integrityProblems(restored.databaseFile)).toEqual([]);
    expect(tableRowCounts(restored.databaseFile)).toEqual(manifest.database.tables);
    expect(manifest.database.tables.ArtworkVariant).toBeGreaterThan(0);
    expect(await missingMedia(restored.databaseFile, restored.mediaRoot)).toEqual([]);
    // A second process starts and writes hundreds of rows: slow when the machine is busy.
  }, 90_000);

  it("names the problem when the database file does not exist, and leaves no folder behind", async () => {
    const root = await privateFolder();
    const backupRoot = path.join(root, "backups");
    await expect(
      createBackup({ databaseFile: path.join(root, "none.db"), mediaRoot: path.join(root, "media"), backupRoot, app: APP }),
    ).rejects.toThrow(/There is no database at .*none\.db/);
    expect(await readdir(root)).toEqual([]);
  });

  it("refuses a backup folder inside the media folder, which would copy itself", async () => {
    const root = await privateFolder();
    const live = { databaseFile: path.join(root, "data/app.db"), mediaRoot: path.join(root, "data/media") };
    await emptyAppDatabase(live.databaseFile);
    await expect(createBackup({ ...live, backupRoot: path.join(live.mediaRoot, "backups"), app: APP })).rejects.toThrow(
      /is inside MEDIA_ROOT/,
    );
    expect(await readdir(path.join(root, "data"))).not.toContain("media");
  });
});
