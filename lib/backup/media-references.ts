import "server-only";
import { listMediaFiles } from "@/lib/backup/media-tree";
import { withReadOnlyDatabase } from "@/lib/backup/sqlite-files";

/**
 * Where the database points into the media folder: every artwork variant's
 * file, and each member's avatar folder as "avatars/<key>/" (its file names
 * follow from the folder, see lib/users/avatar.ts).
 */
export function referencedMedia(databaseFile: string): string[] {
  return withReadOnlyDatabase(databaseFile, (db) => [
    ...(db.prepare("SELECT key FROM ArtworkVariant").pluck().all() as string[]),
    ...(db.prepare("SELECT avatarKey FROM User WHERE avatarKey IS NOT NULL").pluck().all() as string[]).map((key) => `avatars/${key}/`),
  ]);
}

/** What the database refers to that the media folder lacks: variant files, and avatar folders with no file. */
export async function missingMedia(databaseFile: string, mediaRoot: string): Promise<string[]> {
  const present = await listMediaFiles(mediaRoot);
  const found = new Set([...present, ...present.map((file) => file.slice(0, file.lastIndexOf("/") + 1))]);
  return referencedMedia(databaseFile).filter((reference) => !found.has(reference));
}
