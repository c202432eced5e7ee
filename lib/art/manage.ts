import "server-only";
import { lockRow, lockRows } from "@/lib/database/row-lock";
import { replaceArtworkTags } from "@/lib/tags/artwork-tags";
import { removeFiles } from "@/lib/art/publish";
import { NOT_ALL_YOUR_ARTWORK, NOT_YOUR_ARTWORK } from "@/lib/art/refusals";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { done, refused, type Result } from "@/lib/result";
import type { ArtworkFields } from "@/lib/art/schemas";

type Transaction = Prisma.TransactionClient;

/**
 * Changes an artwork's words and replaces its tags (in the order typed).
 * Ownership is part of the query, so another member's id simply matches
 * nothing: the answer is "not found", not "forbidden". The row is locked
 * first so that a rating or a moderator's hide committing meanwhile cannot
 * leave the new tag rows with the sort columns it replaced.
 */
export async function updateArtwork(artworkId: string, ownerId: string, { tags, ...words }: ArtworkFields): Promise<Result> {
  return db.$transaction(async (tx) => {
    await lockRow(tx, "Artwork", artworkId);
    const { count } = await tx.artwork.updateMany({ where: { id: artworkId, authorId: ownerId }, data: words });
    if (count !== 1) return refused(NOT_YOUR_ARTWORK);
    await replaceArtworkTags(tx, artworkId, tags);
    return done();
  });
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
