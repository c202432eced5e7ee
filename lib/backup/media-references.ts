import "server-only";
import { listMediaFiles } from "@/lib/backup/media-tree";
import { withReadOnlyDatabase } from "@/lib/backup/sqlite-files";

/**
 * Where the database points into the media folder: every artwork variant's
 * file, and each member's avatar folder as "avatars/<key>/" (its file names
 * follow from the folder, see lib/users/avatar.ts). The SQL is the part
 * SQLite and PostgreSQL share; each column is read as `key`.
 */
export const MEDIA_REFERENCE_QUERIES = {
  variantKeys: `SELECT "key" FROM "ArtworkVariant"`,
  avatarKeys: `SELECT "avatarKey" AS "key" FROM "User" WHERE "avatarKey" IS NOT NULL`,
} as const;

export function mediaReferences(variantKeys: string[], avatarKeys: string[]): string[] {
  return [...variantKeys, ...avatarKeys.map((key) => `avatars/${key}/`)];
}

/** The references of a SQLite file. */
export function referencedMedia(databaseFile: string): string[] {
  return withReadOnlyDatabase(databaseFile, (db) =>
    mediaReferences(
      db.prepare(MEDIA_REFERENCE_QUERIES.variantKeys).pluck().all() as string[],
      db.prepare(MEDIA_REFERENCE_QUERIES.avatarKeys).pluck().all() as string[],
    ),
  );
}

/** Of the references, those the media folder lacks: variant files, and avatar folders with no file. */
export async function missingFrom(references: string[], mediaRoot: string): Promise<string[]> {
  const present = await listMediaFiles(mediaRoot);
  const found = new Set([...present, ...present.map((file) => file.slice(0, file.lastIndexOf("/") + 1))]);
  return references.filter((reference) => !found.has(reference));
}

/** What a SQLite file refers to that the media folder lacks. */
export function missingMedia(databaseFile: string, mediaRoot: string): Promise<string[]> {
  return missingFrom(referencedMedia(databaseFile), mediaRoot);
}
