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
  // One transaction, so variants attached after upload cannot slip in
  // between reading the file list and deleting the row.
  const keys = await db.$transaction(async (tx) => {
    const artwork = await tx.artwork.findFirst({
      where: { id: artworkId, authorId: ownerId },
      select: { id: true, variants: { select: { key: true } } },
    });
    if (!artwork) return null;
    await tx.artwork.delete({ where: { id: artwork.id } });
    return artwork.variants.map((variant) => variant.key);
  });
  if (!keys) return false;
  await removeFiles(keys);
  return true;
}
