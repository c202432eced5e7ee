/**
 * The search index's own database objects (prisma/migrations/*_search):
 * hand-written, derived from other tables, and unknown to Prisma's schema.
 * SQLite: "ArtworkSearch" and the FTS5 table "ArtworkSearchIndex" with its
 * shadow tables ("ArtworkSearchIndex_data", …); PostgreSQL: "ArtworkSearch".
 * Prisma would drop them in every new migration (prisma/orm#8106), and the
 * copy to PostgreSQL rebuilds them rather than copying them, so the tools
 * that compare schemas or tables leave exactly these out.
 *
 * Plain constants and text: scripts/new-migration.ts loads it outside Next.
 */
export const SEARCH_INDEX_PREFIX = "ArtworkSearch";

export function isSearchIndexTable(name: string): boolean {
  return name.startsWith(SEARCH_INDEX_PREFIX);
}

/**
 * A migration script from `prisma migrate diff --script` without the steps
 * that touch the search index. Prisma heads each step with a "-- Step"
 * comment line; a step naming one of its objects goes, every other stays.
 */
export function withoutSearchIndexSteps(script: string): string {
  const steps = script.split(/^(?=-- )/m);
  return steps.filter((step) => !step.includes(`"${SEARCH_INDEX_PREFIX}`)).join("");
}

/** What Prisma prints for no change, or nothing at all. */
export function isEmptyMigration(script: string): boolean {
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(script);
}
