import Database from "better-sqlite3";
import pg from "pg";

/** The writes of lib/testing/backup-write-load.ts, on SQLite or PostgreSQL (same SQL: quoted names, numbered parameters). */
export type WriteLoadStore = {
  upload(id: string, mediaKey: string, key: string): Promise<void>;
  pickVictim(): Promise<{ id: string; key: string }>;
  deleteArtwork(id: string): Promise<void>;
  hide(id: string, mediaKey: string, from: string, to: string): Promise<void>;
  close(): Promise<void>;
};

const SQL = {
  author: `INSERT INTO "User" ("id", "username", "usernameKey", "passwordHash", "updatedAt") VALUES ($1, $1, $1, 'x', CURRENT_TIMESTAMP)`,
  artwork: `INSERT INTO "Artwork" ("id", "authorId", "title", "width", "height", "placeholder", "dominantColor", "mediaKey", "updatedAt")
    VALUES ($1, $2, 'Load', 4, 4, 'x', '#000000', $3, CURRENT_TIMESTAMP)`,
  variant: `INSERT INTO "ArtworkVariant" ("artworkId", "kind", "format", "width", "height", "bytes", "key") VALUES ($1, 'THUMB', 'webp', 4, 4, 16, $2)`,
  victim: `SELECT a."id", v."key" FROM "Artwork" a JOIN "ArtworkVariant" v ON v."artworkId" = a."id" WHERE a."authorId" = $1 ORDER BY random() LIMIT 1`,
  delete: `DELETE FROM "Artwork" WHERE "id" = $1`,
  moveArtwork: `UPDATE "Artwork" SET "mediaKey" = $1, "hiddenAt" = CURRENT_TIMESTAMP WHERE "id" = $2`,
  moveVariant: `UPDATE "ArtworkVariant" SET "key" = $1 WHERE "key" = $2`,
};

/** better-sqlite3 binds numbered parameters only by name: $1 becomes @p1, bound from { p1 }. */
const forSqlite = (sql: string) => sql.replaceAll(/\$(\d)/g, "@p$1");
const named = (args: string[]) => Object.fromEntries(args.map((value, index) => [`p${index + 1}`, value]));

function sqliteStore(file: string, authorId: string): WriteLoadStore {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  const run = (sql: string, ...args: string[]) => db.prepare(forSqlite(sql)).run(named(args));
  run(SQL.author, authorId);
  const upload = db.transaction((id: string, mediaKey: string, key: string) => {
    run(SQL.artwork, id, authorId, mediaKey);
    run(SQL.variant, id, key);
  });
  const hide = db.transaction((id: string, mediaKey: string, from: string, to: string) => {
    run(SQL.moveArtwork, mediaKey, id);
    run(SQL.moveVariant, to, from);
  });
  return {
    upload: async (...args) => void upload(...args),
    pickVictim: async () => db.prepare(forSqlite(SQL.victim)).get(named([authorId])) as { id: string; key: string },
    deleteArtwork: async (id) => void run(SQL.delete, id),
    hide: async (...args) => void hide(...args),
    close: async () => void db.close(),
  };
}

async function postgresStore(url: string, authorId: string): Promise<WriteLoadStore> {
  const client = new pg.Client({ connectionString: url, application_name: "write-load" });
  await client.connect();
  await client.query(SQL.author, [authorId]);
  const inTransaction = async (work: () => Promise<unknown>) => {
    await client.query("BEGIN");
    await work();
    await client.query("COMMIT");
  };
  return {
    upload: (id, mediaKey, key) =>
      inTransaction(async () => {
        await client.query(SQL.artwork, [id, authorId, mediaKey]);
        await client.query(SQL.variant, [id, key]);
      }),
    pickVictim: async () => (await client.query<{ id: string; key: string }>(SQL.victim, [authorId])).rows[0],
    deleteArtwork: async (id) => void (await client.query(SQL.delete, [id])),
    hide: (id, mediaKey, from, to) =>
      inTransaction(async () => {
        await client.query(SQL.moveArtwork, [mediaKey, id]);
        await client.query(SQL.moveVariant, [to, from]);
      }),
    close: () => client.end(),
  };
}

export function openWriteLoadStore(database: string, authorId: string): Promise<WriteLoadStore> {
  return /^postgres(ql)?:\/\//.test(database) ? postgresStore(database, authorId) : Promise.resolve(sqliteStore(database, authorId));
}
