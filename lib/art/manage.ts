import "server-only";
import { removeFiles } from "@/lib/art/publish";
import { db } from "@/lib/db";
import type { ArtworkFields } from "@/lib/validation/artwork";

/**
 * Changes an artwork's words. Ownership is part of the query, so another
 * member's id simply matches nothing: the answer is "not found", not "forbidden".
 */
export async function updateArtwork(artworkId: string, ownerId: string, fields: ArtworkFields): Promise<boolean> {
  const { count } = await db.artwork.updateMany({ where: { id: artworkId, authorId: ownerId }, data: fields });
  return count === 1;
}

/** Deletes the owner's artwork: its row (variants and comments go with it), then every file. */
export async function deleteArtwork(artworkId: string, ownerId: string): Promise<boolean> {
  return deleteArtworks([artworkId], ownerId);
}

/**
 * Deletes several of the owner's artworks, all or none: if any id is missing
 * or another member's, nothing is deleted. Rows go in one transaction, so
 * variants attached after upload cannot slip in between reading the file
 * list and deleting the rows; the files go after it commits.
 */
export async function deleteArtworks(artworkIds: string[], ownerId: string): Promise<boolean> {
  const ids = [...new Set(artworkIds)];
  const keys = await db.$transaction(async (tx) => {
    const owned = await tx.artwork.findMany({
      where: { id: { in: ids }, authorId: ownerId },
      select: { id: true, variants: { select: { key: true } } },
    });
    if (ids.length === 0 || owned.length !== ids.length) return null;
    await tx.artwork.deleteMany({ where: { id: { in: ids }, authorId: ownerId } });
    return owned.flatMap((artwork) => artwork.variants.map((variant) => variant.key));
  });
  if (!keys) return false;
  await removeFiles(keys);
  return true;
}
