import "server-only";
import { rm } from "node:fs/promises";
import { writeBackup, fsyncFile, type BackupLocation, type BackupResult, type DatabaseSnapshotter } from "@/lib/backup/create-backup";
import { MEDIA_REFERENCE_QUERIES, mediaReferences } from "@/lib/backup/media-references";
import { readArchive, runPostgresTool } from "@/lib/backup/postgres-tools";
import { appliedMigrations, tableRowCounts, withPostgres } from "@/lib/database/postgres-catalog";
import type pg from "pg";

/** The media a PostgreSQL database references (lib/backup/media-references.ts). */
export async function postgresMediaReferences(client: pg.ClientBase): Promise<string[]> {
  const keys = async (sql: string) => (await client.query<{ key: string }>(sql)).rows.map((row) => row.key);
  return mediaReferences(await keys(MEDIA_REFERENCE_QUERIES.variantKeys), await keys(MEDIA_REFERENCE_QUERIES.avatarKeys));
}

/** `COPY public."ArtworkVariant" (id, …) FROM stdin;`: the table's name, quoted or not. */
const COPY_START = /^COPY [^ ]+?\.(?:"((?:[^"]|"")+)"|([^ ]+)) .*FROM stdin;$/;

/**
 * Rows per table in a custom-format archive, counted from the data pg_restore
 * reads back (one line a row in COPY's text format). Reading every byte is
 * the check: a truncated or damaged archive makes pg_restore fail here.
 */
export async function archiveRowCounts(file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let table: string | null = null;
  await readArchive(["--data-only", "--file=-", file], (line) => {
    if (table === null) {
      const start = COPY_START.exec(line);
      if (start) counts[(table = start[1]?.replaceAll('""', '"') ?? start[2])] = 0;
    } else if (line === "\\.") {
      table = null;
    } else {
      counts[table] += 1;
    }
  });
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The PostgreSQL part of a backup. pg_dump reads one snapshot; here the
 * snapshot is exported by a transaction of ours first and handed to pg_dump
 * (--snapshot), so the row counts and media references read in that
 * transaction describe exactly what the archive holds. Writers carry on
 * meanwhile (REPEATABLE READ takes no locks that block them).
 */
function postgresSnapshotter(url: string): DatabaseSnapshotter {
  let taken: { tables: Record<string, number>; migrations: string[] } | null = null;
  return {
    method: "pg_dump",
    async unavailable() {
      try {
        await withPostgres(url, (client) => client.query("SELECT 1"));
        return null;
      } catch (error) {
        return `Could not connect to the database DATABASE_URL names: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    async take(target, withReferences) {
      await rm(target, { force: true });
      await withPostgres(url, async (client) => {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        try {
          const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
          // The references first: their files are linked while pg_dump has yet to start, not after it.
          await withReferences(await postgresMediaReferences(client));
          await runPostgresTool("pg_dump", { url, args: ["--format=custom", `--snapshot=${rows[0].id}`, `--file=${target}`] });
          taken = { tables: await tableRowCounts(client), migrations: await appliedMigrations(client) };
        } finally {
          await client.query("COMMIT");
        }
      });
    },
    liveReferences: () => withPostgres(url, postgresMediaReferences),
    async describe(target) {
      await fsyncFile(target);
      const archived = await archiveRowCounts(target);
      const expected = taken!.tables;
      const differing = Object.keys({ ...expected, ...archived }).filter((table) => archived[table] !== expected[table]);
      if (differing.length > 0) throw new Error(`The archive does not hold the rows the snapshot had (${differing.join(", ")}).`);
      return taken!;
    },
  };
}

/** A backup of a PostgreSQL site: pg_dump's custom format beside the media, with the same manifest as SQLite's. */
export function createPostgresBackup(options: BackupLocation & { url: string }): Promise<BackupResult> {
  return writeBackup(postgresSnapshotter(options.url), options);
}
