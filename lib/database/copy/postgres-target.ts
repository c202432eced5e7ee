import "server-only";
import type pg from "pg";
import { quoteIdentifier, tableNames } from "@/lib/database/postgres-catalog";
import { parentsFirst } from "@/lib/database/copy/table-order";
import { toPostgresValue } from "@/lib/database/copy/values";
import { isSearchIndexTable } from "@/lib/search/index-objects";

/** What the copy writes into, read from the target's catalog. Prisma's own bookkeeping is not copied: each database has its own migrations. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export type TargetColumn = { name: string; dataType: string };
export type TargetTable = { name: string; columns: TargetColumn[] };

/** PostgreSQL takes at most 65,535 parameters a statement; a few thousand rows a statement is past the point of gaining speed. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 1_000;

/** The app's tables, parents before children, each with its columns in order; not the search index, which is built, not copied. */
export async function targetTables(client: pg.ClientBase): Promise<TargetTable[]> {
  const names = (await tableNames(client)).filter((name) => name !== MIGRATIONS_TABLE && !isSearchIndexTable(name));
  const { rows: columns } = await client.query<{ table: string; name: string; dataType: string }>(
    `SELECT table_name AS table, column_name AS name, data_type AS "dataType" FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const { rows: references } = await client.query<{ table: string; references: string }>(
    `SELECT child.relname AS table, parent.relname AS references FROM pg_constraint c
     JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
     WHERE c.contype = 'f' AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
  );
  return parentsFirst(names, references).map((name) => ({
    name,
    columns: columns.filter((column) => column.table === name).map(({ name, dataType }) => ({ name, dataType })),
  }));
}

/** The tables that hold rows already. */
export async function nonEmptyTables(client: pg.ClientBase, tables: TargetTable[]): Promise<string[]> {
  const filled: string[] = [];
  for (const { name } of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdentifier(name)} LIMIT 1`);
    if (rowCount) filled.push(name);
  }
  return filled;
}

/** Inserts rows (values in the table's column order) a batch at a time, converting each value for its column. */
export class BatchInserter {
  private readonly batch: unknown[][] = [];
  private readonly rowsPerInsert: number;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly table: TargetTable,
  ) {
    this.rowsPerInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / table.columns.length)));
  }

  async add(row: unknown[]): Promise<void> {
    this.batch.push(
      row.map((value, index) => {
        const column = this.table.columns[index];
        try {
          return toPostgresValue(value, column.dataType);
        } catch (error) {
          throw new Error(`${this.table.name}.${column.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    if (this.batch.length >= this.rowsPerInsert) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const width = this.table.columns.length;
    const placeholders = this.batch.map(
      (_, row) => `(${this.table.columns.map((__, column) => `$${row * width + column + 1}`).join(", ")})`,
    );
    const columns = this.table.columns.map((column) => quoteIdentifier(column.name)).join(", ");
    await this.client.query(
      `INSERT INTO ${quoteIdentifier(this.table.name)} (${columns}) VALUES ${placeholders.join(", ")}`,
      this.batch.flat(),
    );
    this.batch.length = 0;
  }
}

/**
 * Sets every serial or identity column's sequence so the next id is the
 * largest copied one plus one (the copy wrote ids itself and left the
 * sequences at 1): a new chat message continues the numbering.
 */
export async function resetSequences(client: pg.ClientBase): Promise<{ table: string; column: string; next: number }[]> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
     WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')
     ORDER BY table_name, column_name`,
  );
  const reset = [];
  for (const { table, column } of rows) {
    const { rows: next } = await client.query<{ next: string }>(
      `SELECT COALESCE(MAX(${quoteIdentifier(column)}), 0) + 1 AS next FROM ${quoteIdentifier(table)}`,
    );
    await client.query("SELECT setval(pg_get_serial_sequence($1, $2), $3, false)", [quoteIdentifier(table), column, next[0].next]);
    reset.push({ table, column, next: Number(next[0].next) });
  }
  return reset;
}
