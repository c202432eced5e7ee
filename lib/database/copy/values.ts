/**
 * How a value read from SQLite (better-sqlite3) becomes a parameter for the
 * PostgreSQL column it is copied into. SQLite has no date or boolean type:
 * Prisma's better-sqlite3 adapter writes a DateTime as ISO 8601 text with an
 * offset ("2026-12-04T09:24:20.123+00:00") and reads a number as epoch
 * milliseconds; a default of CURRENT_TIMESTAMP is "2026-12-04 09:24:20",
 * in UTC. A Boolean is stored as 1 or 0. Pure: tested on its own.
 */

/** SQLite's CURRENT_TIMESTAMP form: no "T", no zone, UTC by definition. */
const SQLITE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/;

export class UnconvertibleValue extends Error {
  constructor(value: unknown, type: string) {
    super(`${JSON.stringify(typeof value === "bigint" ? value.toString() : value)} is not a valid ${type}`);
    this.name = "UnconvertibleValue";
  }
}

function toInstant(value: unknown): Date {
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  if (typeof value !== "string") throw new UnconvertibleValue(value, "date and time");
  const sqliteForm = SQLITE_TIMESTAMP.exec(value);
  return new Date(sqliteForm ? `${sqliteForm[1]}T${sqliteForm[2]}Z` : value);
}

/**
 * Prisma's DateTime is `timestamp(3)` without a zone on PostgreSQL, holding
 * UTC. The parameter is sent as UTC text: pg would send a Date in this
 * machine's zone, whose offset such a column ignores.
 */
function timestamp(value: unknown): string {
  const instant = toInstant(value);
  if (Number.isNaN(instant.getTime())) throw new UnconvertibleValue(value, "date and time");
  return instant.toISOString();
}

function boolean(value: unknown): boolean {
  if (value === 1 || value === 1n || value === "true" || value === true) return true;
  if (value === 0 || value === 0n || value === "false" || value === false) return false;
  throw new UnconvertibleValue(value, "boolean");
}

/** `dataType` is information_schema.columns.data_type of the target column. */
export function toPostgresValue(value: unknown, dataType: string): unknown {
  if (value === null || value === undefined) return null;
  if (dataType.startsWith("timestamp") || dataType === "date") return timestamp(value);
  if (dataType === "boolean") return boolean(value);
  // Whole numbers past 2^53 and decimals keep every digit as text.
  if (dataType === "bigint" || dataType === "numeric") return String(value);
  if (typeof value === "bigint") return Number(value);
  return value;
}
