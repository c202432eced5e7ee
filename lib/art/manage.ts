import "server-only";
import { lockRows } from "@/lib/database/row-lock";
import { removeFiles } from "@/lib/art/publish";
import { NOT_ALL_YOUR_ARTWORK, NOT_YOUR_ARTWORK } from "@/lib/art/refusals";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { done, refused, type Result } from "@/lib/result";
import type { ArtworkFields } from "@/lib/art/schemas";

type Transaction = Prisma.TransactionClient;

/**
 * Changes an artwork's words. Ownership is part of the query, so another
 * member's id simply matches nothing: the answer is "not found", not "forbidden".
 */
export async function updateArtwork(artworkId: string, ownerId: string, fields: ArtworkFields): Promise<Result> {
  const { count } = await db.artwork.updateMany({ where: { id: artworkId, authorId: ownerId }, data: fields });
  return count === 1 ? done() : refused(NOT_YOUR_ARTWORK);
}

/** Deletes the owner's artwork: its row (variants and comments go with it), then every file. */
export async function deleteArtwork(artworkId: string, ownerId: string): Promise<Result> {
  return (await deleteArtworks([artworkId], ownerId)).ok ? done() : refused(NOT_YOUR_ARTWORK);
}

/**
 * Deletes several of the owner's artworks, all or none: if any id is missing
 * or another member's, nothing is deleted.
 */
export async function deleteArtworks(artworkIds: string[], ownerId: string): Promise<Result> {
  return deletingArtworkFiles(async (tx) => {
    const fileKeys = await deleteArtworkRows(tx, artworkIds, { authorId: ownerId });
    return { outcome: fileKeys ? done() : refused(NOT_ALL_YOUR_ARTWORK), fileKeys: fileKeys ?? [] };
  });
}

/**
 * Deletes these artworks' rows (their variants, comments and ratings go with
 * them) inside the caller's transaction and returns their file keys; or
 * deletes nothing and returns null if any of them is missing or falls outside
 * `scope` (another member's, for an owner). Reading the keys in the same
 * transaction means variants attached after upload cannot slip in between.
 */
export async function deleteArtworkRows(
  tx: Transaction,
  artworkIds: string[],
  scope: { authorId?: string } = {},
): Promise<string[] | null> {
  const ids = [...new Set(artworkIds)];
  // Locked first, so a late variant being attached (lib/art/publish.ts) either lands before the keys are read or finds the artwork gone.
  await lockRows(tx, "Artwork", ids);
  const where = { id: { in: ids }, ...scope };
  const found = await tx.artwork.findMany({ where, select: { id: true, variants: { select: { key: true } } } });
  if (ids.length === 0 || found.length !== ids.length) return null;
  await tx.artwork.deleteMany({ where });
  return found.flatMap((artwork) => artwork.variants.map((variant) => variant.key));
}

/**
 * The one way artwork is deleted, by its owner or by a moderator: the
 * transaction deletes rows (through deleteArtworkRows) and says which files
 * they had; the files go only once it has committed, so a rollback (a
 * refusal, a failed audit entry) never leaves a row whose image is gone.
 */
export async function deletingArtworkFiles<T>(transaction: (tx: Transaction) => Promise<{ outcome: T; fileKeys: string[] }>): Promise<T> {
  const { outcome, fileKeys } = await db.$transaction(transaction);
  await removeFiles(fileKeys);
  return outcome;
}
