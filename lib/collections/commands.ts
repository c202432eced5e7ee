import "server-only";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { freeSlug, slugBase } from "@/lib/chat/slug";
import { FOR_UPDATE } from "@/lib/database/dialect";
import { lockRow } from "@/lib/database/row-lock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { COLLECTIONS_PER_MEMBER, ITEMS_PER_COLLECTION, type CollectionFields, type Move } from "@/lib/collections/schemas";

type Transaction = Prisma.TransactionClient;

/** Ownership is part of every query: another member's collection and a missing one read the same. */
export const NOT_YOUR_COLLECTION = "This collection does not exist, or it is not yours to change.";

/** Creates a collection with a slug free among the owner's, and answers the slug. */
export async function createCollection(ownerId: string, fields: CollectionFields): Promise<Result<string>> {
  const base = slugBase(fields.title, "collection");
  return db.$transaction(async (tx): Promise<Result<string>> => {
    // The owner's row, held until commit: their creations run one at a time, so the count and the free slug are exact.
    if (!(await lockRow(tx, "User", ownerId))) return refused("Your account no longer exists.");
    if ((await tx.collection.count({ where: { ownerId } })) >= COLLECTIONS_PER_MEMBER) {
      return refused(`You can keep at most ${COLLECTIONS_PER_MEMBER} collections; delete one to start another.`);
    }
    const turn = await takeTurn({ limit: LIMITS.collection, subject: ownerId }, { client: tx });
    if (!turn.ok) return refused(overLimitMessage("start", "collection", LIMITS.collection, turn.retryAfterMs));
    const similar = await tx.collection.findMany({ where: { ownerId, slug: { startsWith: base } }, select: { slug: true } });
    const slug = freeSlug(base, new Set(similar.map((row) => row.slug)));
    await tx.collection.create({ data: { ownerId, slug, ...fields }, select: { id: true } });
    return done(slug);
  });
}

type LockedCollection = { id: string; slug: string; itemCount: number };

/**
 * Finds the owner's collection and locks its row until the transaction
 * ends, after taking a turn: every change to its items takes this first,
 * so positions and itemCount are read and written one change at a time.
 */
async function lockOwnCollection(tx: Transaction, ownerId: string, collectionId: string): Promise<Result<LockedCollection>> {
  const [collection] = await tx.$queryRaw<LockedCollection[]>`
    SELECT "id", "slug", "itemCount" FROM "Collection" WHERE "id" = ${collectionId} AND "ownerId" = ${ownerId} ${FOR_UPDATE}`;
  if (!collection) return refused(NOT_YOUR_COLLECTION);
  const turn = await takeTurn({ limit: LIMITS.collectionChange, subject: ownerId }, { client: tx });
  if (!turn.ok) return refused(overLimitMessage("make", "change to collections", LIMITS.collectionChange, turn.retryAfterMs));
  return done({ ...collection, itemCount: Number(collection.itemCount) });
}

/** Changes the title, description and who sees it; the slug stays, so links to it keep working. */
export async function updateCollection(ownerId: string, collectionId: string, fields: CollectionFields): Promise<Result<string>> {
  return db.$transaction(async (tx): Promise<Result<string>> => {
    const collection = await lockOwnCollection(tx, ownerId, collectionId);
    if (!collection.ok) return collection;
    await tx.collection.update({ where: { id: collectionId }, data: fields, select: { id: true } });
    return done(collection.value.slug, "Saved.");
  });
}

export async function deleteCollection(ownerId: string, collectionId: string): Promise<Result<void>> {
  const { count } = await db.collection.deleteMany({ where: { id: collectionId, ownerId } });
  return count === 1 ? done() : refused(NOT_YOUR_COLLECTION);
}

/** Adds an artwork at the end of the collection; adding one already there changes nothing. Answers the slug. */
export async function addToCollection(ownerId: string, collectionId: string, artworkId: string): Promise<Result<string>> {
  return db.$transaction(async (tx): Promise<Result<string>> => {
    const collection = await lockOwnCollection(tx, ownerId, collectionId);
    if (!collection.ok) return collection;
    const { slug, itemCount } = collection.value;
    if (!(await tx.artwork.count({ where: { id: artworkId, hiddenAt: null } }))) return refused(ARTWORK_GONE);
    const key = { collectionId_artworkId: { collectionId, artworkId } };
    if (await tx.collectionItem.findUnique({ where: key, select: { position: true } })) return done(slug);
    if (itemCount >= ITEMS_PER_COLLECTION) return refused(`A collection holds at most ${ITEMS_PER_COLLECTION} artworks.`);
    const last = await tx.collectionItem.findFirst({ where: { collectionId }, orderBy: { position: "desc" }, select: { position: true } });
    await tx.collectionItem.create({ data: { collectionId, artworkId, position: (last?.position ?? 0) + 1 }, select: { position: true } });
    await tx.collection.update({ where: { id: collectionId }, data: { itemCount: { increment: 1 } }, select: { id: true } });
    return done(slug);
  });
}

/** Takes an artwork out; removing one that is not there changes nothing. Answers the slug. */
export async function removeFromCollection(ownerId: string, collectionId: string, artworkId: string): Promise<Result<string>> {
  return db.$transaction(async (tx): Promise<Result<string>> => {
    const collection = await lockOwnCollection(tx, ownerId, collectionId);
    if (!collection.ok) return collection;
    const { count } = await tx.collectionItem.deleteMany({ where: { collectionId, artworkId } });
    if (count > 0)
      await tx.collection.update({ where: { id: collectionId }, data: { itemCount: { decrement: count } }, select: { id: true } });
    return done(collection.value.slug);
  });
}

/** The item a move swaps places with: the one just before or after, or the first (for "top"). */
function neighbourOf(tx: Transaction, collectionId: string, position: number, move: Move) {
  const where = move === "down" ? { collectionId, position: { gt: position } } : { collectionId, position: { lt: position } };
  return tx.collectionItem.findFirst({
    where,
    orderBy: { position: move === "down" ? "asc" : move === "up" ? "desc" : "asc" },
    select: { artworkId: true, position: true },
  });
}

/** Moves an artwork one place up or down, or to the top; at the end already, nothing changes. Answers the slug. */
export async function moveInCollection(ownerId: string, collectionId: string, artworkId: string, move: Move): Promise<Result<string>> {
  return db.$transaction(async (tx): Promise<Result<string>> => {
    const collection = await lockOwnCollection(tx, ownerId, collectionId);
    if (!collection.ok) return collection;
    const key = { collectionId_artworkId: { collectionId, artworkId } };
    const item = await tx.collectionItem.findUnique({ where: key, select: { position: true } });
    if (!item) return refused("That artwork is not in this collection.");
    const neighbour = await neighbourOf(tx, collectionId, item.position, move);
    if (neighbour) {
      // Positions need not be consecutive, nor unique for a moment: the order is (position, artworkId).
      const position = move === "top" ? neighbour.position - 1 : neighbour.position;
      if (move !== "top") {
        await tx.collectionItem.update({
          where: { collectionId_artworkId: { collectionId, artworkId: neighbour.artworkId } },
          data: { position: item.position },
          select: { position: true },
        });
      }
      await tx.collectionItem.update({ where: key, data: { position }, select: { position: true } });
    }
    return done(collection.value.slug);
  });
}
