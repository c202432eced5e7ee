/** What db:backup and db:restore tell an operator whose DATABASE_URL names PostgreSQL: its own tools do it there. */
export const POSTGRES_BACKUP_ADVICE =
  "back up with `pg_dump --format=custom` and restore with `pg_restore --clean` (docs/scaling.md); media in object storage is kept by the bucket's versioning.";
