import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { knownMigrations } from "@/lib/backup/cli";
import { snapshotDatabase, tableRowCounts as sqliteRowCounts } from "@/lib/backup/sqlite-files";
import { copySqliteToPostgres, CopyRefused } from "@/lib/database/copy/copy-database";
import { tableRowCounts, withPostgres } from "@/lib/database/postgres-catalog";
import { privateFolder } from "@/lib/testing/backup";
import { migratedSqliteFile, runSiteStep } from "@/lib/testing/copy-site-process";
import { newPostgresDatabase } from "@/lib/testing/private-database";
import { isSearchIndexTable } from "@/lib/search/index-objects";

const KNOWN = { sqlite: knownMigrations(), postgresql: knownMigrations(process.cwd(), "postgresql") };
const MIGRATIONS = "_prisma_migrations";

/** Each database has its own search index (compared through what searches find, in the site's read step). */
const appRows = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([table]) => table !== MIGRATIONS && !isSearchIndexTable(table)));
const postgresRows = (url: string) => withPostgres(url, async (client) => appRows(await tableRowCounts(client)));

/** A small site on SQLite, every table filled through the app's own functions (lib/testing/copy-site.ts). */
let site: { databaseFile: string; mediaRoot: string; folder: string; shows: unknown };

beforeAll(async () => {
  const folder = await privateFolder();
  const databaseFile = path.join(folder, "app.db");
  const mediaRoot = path.join(folder, "media");
  migratedSqliteFile(databaseFile);
  await runSiteStep("seed", { databaseUrl: `file:${databaseFile}`, mediaRoot });
  site = { databaseFile, mediaRoot, folder, shows: await runSiteStep("read", { databaseUrl: `file:${databaseFile}`, mediaRoot }) };
}, 120_000);

describe("copying a SQLite site to PostgreSQL", () => {
  it("copies every table, and the app shows the same site on the copy and numbers new chat messages on", async () => {
    const sourceRows = appRows(sqliteRowCounts(site.databaseFile));
    // Hidden artwork, reports, audit entries, chat, rate limits, renames: no table is left out of the test.
    expect(Object.entries(sourceRows).filter(([, rows]) => rows === 0)).toEqual([]);
    const to = await newPostgresDatabase();
    const reported: string[] = [];
    const result = await copySqliteToPostgres({
      from: site.databaseFile,
      to,
      knownMigrations: KNOWN,
      onTable: (table) => reported.push(table),
    });

    expect(await postgresRows(to)).toEqual(sourceRows);
    // What the command prints, checked against the source before committing.
    expect(Object.fromEntries(result.tables.map(({ table, source, target }) => [table, [source, target]]))).toEqual(
      Object.fromEntries(Object.entries(sourceRows).map(([table, rows]) => [table, [rows, rows]])),
    );
    // Parents first: a member before their artwork, an artwork before its ratings.
    expect(reported.indexOf("User")).toBeLessThan(reported.indexOf("Artwork"));
    expect(reported.indexOf("Artwork")).toBeLessThan(reported.indexOf("Rating"));

    const copy = { databaseUrl: to, mediaRoot: site.mediaRoot };
    expect(await runSiteStep("read", copy)).toEqual(site.shows);
    expect(await runSiteStep("post", copy)).toBe(sourceRows.ChatMessage + 1);
  }, 120_000);

  it("refuses a database that already holds rows, and changes nothing in it", async () => {
    const to = await newPostgresDatabase();
    await copySqliteToPostgres({ from: site.databaseFile, to, knownMigrations: KNOWN });
    const before = await postgresRows(to);
    const again = copySqliteToPostgres({ from: site.databaseFile, to, knownMigrations: KNOWN });
    await expect(again).rejects.toThrow(CopyRefused);
    await expect(again).rejects.toThrow(/The PostgreSQL database is not empty \(rows in .*User/);
    expect(await postgresRows(to)).toEqual(before);
  }, 60_000);

  it("refuses a database without the app's tables, saying how to migrate it", async () => {
    const to = await newPostgresDatabase("bare");
    await expect(copySqliteToPostgres({ from: site.databaseFile, to, knownMigrations: KNOWN })).rejects.toThrow(
      /The PostgreSQL database lacks \d+ of this version's migrations .*npm run db:migrate/,
    );
  });

  it("refuses a SQLite file an older version left unmigrated", async () => {
    const to = await newPostgresDatabase();
    const newer = { ...KNOWN, sqlite: [...KNOWN.sqlite, "20991231000000_future"] };
    await expect(copySqliteToPostgres({ from: site.databaseFile, to, knownMigrations: newer })).rejects.toThrow(
      /The SQLite database lacks 1 of this version's migrations \(latest: 20991231000000_future\)/,
    );
    expect(Object.values(await postgresRows(to)).every((rows) => rows === 0)).toBe(true);
  });

  it("leaves the target empty when a row cannot be copied, naming the value", async () => {
    const damaged = path.join(site.folder, "damaged.db");
    snapshotDatabase(site.databaseFile, damaged);
    const db = new Database(damaged);
    // The chat comes late in the order: members, artwork and the rest are already inserted when it fails.
    db.prepare(`UPDATE ChatMessage SET createdAt = 'yesterday' WHERE id = (SELECT MAX(id) FROM ChatMessage)`).run();
    db.close();
    const to = await newPostgresDatabase();
    await expect(copySqliteToPostgres({ from: damaged, to, knownMigrations: KNOWN })).rejects.toThrow(
      /ChatMessage\.createdAt: "yesterday" is not a valid date and time/,
    );
    expect(Object.values(await postgresRows(to)).every((rows) => rows === 0)).toBe(true);
  });

  it("names a SQLite file that does not exist", async () => {
    const to = await newPostgresDatabase();
    await expect(copySqliteToPostgres({ from: path.join(site.folder, "none.db"), to, knownMigrations: KNOWN })).rejects.toThrow(
      /There is no SQLite database at .*none\.db/,
    );
  });
});
