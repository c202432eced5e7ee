/**
 * What both seeds need: a deterministic PRNG, ids in the app's shape, fast
 * multi-row INSERTs and real placeholders. Imports lib/db: load with
 * `await import()` after the workspace is set up.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { generativeImage, seededRandom } from "@/lib/demo/generative-art";
import { describeColours, type Colours } from "@/lib/images/placeholder";

/** A deterministic PRNG, so every run seeds a gallery of the same shape (ids are random). */
export const randomSource = seededRandom;

/**
 * Ids in the shape of the app's cuids ("c" + 24 lower-case alphanumerics),
 * made here because the variant and comment rows need them before insert.
 */
export function cuidLike(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return `c${Array.from(randomBytes(24), (byte) => alphabet[byte % alphabet.length]).join("")}`;
}

export type Row = Record<string, string | number | Date | null>;

/**
 * SQLite caps a statement at 32,766 bound values; the widest rows here have
 * 11 columns, so 2,000 rows a statement stays well inside it.
 */
const ROWS_PER_STATEMENT = 2_000;

/**
 * Multi-row INSERTs through Prisma's own client and driver adapter, which
 * formats the Date values exactly as Prisma writes them (ISO 8601 text), so
 * the app orders and reads these rows like any others. createMany was tried
 * first: it spends ~1.4 s of CPU per 500 artworks with their variant rows
 * (~30 s for the gallery), against a few seconds for all of it this way.
 */
export function insertRows(table: string, rows: Row[]) {
  const statements = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const columns = Object.keys(chunk[0]);
    const placeholders = `(${columns.map(() => "?").join(", ")})`;
    // Table and column names are this file's constants, never input: safe to splice into the SQL.
    const sql = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${chunk.map(() => placeholders).join(", ")}`;
    statements.push(db.$executeRawUnsafe(sql, ...chunk.flatMap((row) => columns.map((column) => row[column]))));
  }
  return statements;
}

/** Real ThumbHash placeholders and colours, from small renders of the generative art. */
export async function placeholderPool(size: number): Promise<Colours[]> {
  const pool: Colours[] = [];
  for (let seed = 1; seed <= size; seed++) pool.push(await describeColours(await generativeImage(seed, 320, 240)));
  return pool;
}
