/** The PostgreSQL schema, derived from the SQLite one (scripts/generate-postgres-schema.ts). Pure: the CLI loads it outside Next.js. */
export const SQLITE_SCHEMA_FILE = "prisma/schema.prisma";
export const POSTGRES_SCHEMA_FILE = "prisma/postgres/schema.prisma";
/** Each provider's migrations folder. */
export const MIGRATIONS_FOLDERS = { sqlite: "prisma/migrations", postgresql: "prisma/postgres/migrations" } as const;

const HEADER = `// Generated from ../schema.prisma by \`npm run db:schema:postgres\`: edit that file, not this one.
// Only the provider and the client's output differ; CI fails when this copy drifts.

`;

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`${SQLITE_SCHEMA_FILE} no longer has ${pattern}: update lib/database/postgres-schema.ts`);
  return text.replace(pattern, replacement);
}

export function postgresSchemaFrom(sqliteSchema: string): string {
  let schema = replaceOnce(sqliteSchema, /provider = "sqlite"/, 'provider = "postgresql"');
  schema = replaceOnce(schema, /output(\s*)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-postgres"');
  return HEADER + schema;
}
