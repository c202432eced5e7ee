/**
 * The PostgreSQL driver adapter for the Prisma CLI only (prisma.config.ts;
 * the app uses @prisma/adapter-pg as it is). Three defects of Prisma 6.19's
 * schema engine over adapter-pg are worked around here:
 * 1. It reads catalog columns of type `name` and `"char"`, which the adapter
 *    cannot deserialise (prisma/orm#27403): they are reported as text, which
 *    is what their values already are.
 * 2. `executeScript` splits a migration on every ";", which cuts PL/pgSQL
 *    bodies in half: the script goes to the server whole (the simple query
 *    protocol runs several statements).
 * 3. Its shadow database connects to the main one or is dropped while still
 *    in use: here it is created, and dropped after its pool has closed.
 * Pure, so the CLI can load it outside Next.js.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const TEXT_TYPE = 25;
const CATALOG_TEXT_TYPES = new Set([18 /* "char" */, 19 /* name */]);

/** A pool whose results describe catalog-only column types as text. */
function catalogReadingPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  const readsCatalogAsText = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? []) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE;
    return result;
  };
  return Object.assign(pool, { query: readsCatalogAsText as unknown as pg.Pool["query"] });
}

async function connectWhole(connectionString: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = catalogReadingPool(connectionString);
  const adapter = await new PrismaPg(pool).connect();
  return Object.assign(adapter, {
    async executeScript(script: string) {
      await pool.query(script);
    },
    async dispose() {
      await pool.end();
      await onDispose?.();
    },
  });
}

async function runAlone(connectionString: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export class PostgresCliAdapter implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(private readonly connectionString: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return connectWhole(this.connectionString);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await runAlone(this.connectionString, `CREATE DATABASE "${name}"`);
    const url = new URL(this.connectionString);
    url.pathname = `/${name}`;
    return connectWhole(url.toString(), () => runAlone(this.connectionString, `DROP DATABASE IF EXISTS "${name}"`));
  }
}
