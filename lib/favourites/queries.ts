import "server-only";
import { artworkCards, type ArtworkCardData } from "@/lib/art/cards";
import { GALLERY_PAGE_SIZE } from "@/lib/art/queries";
import { indexedBy } from "@/lib/database/dialect";
import { db } from "@/lib/db";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadIdPage } from "@/lib/paging/id-page";
import { mapPage, type Page } from "@/lib/paging/page";

/**
 * Which of these artworks the member favourited, in one query by primary
 * key whatever the page size: a grid asks once for all its cards.
 */
export async function favouritedAmong(userId: string | undefined, artworkIds: string[]): Promise<Set<string>> {
  if (!userId || artworkIds.length === 0) return new Set();
  const rows = await db.favourite.findMany({ where: { userId, artworkId: { in: artworkIds } }, select: { artworkId: true } });
  return new Set(rows.map((row) => row.artworkId));
}

/** Whether other members see this member's favourites (true for a missing member: there is nothing to hide). */
export async function favouritesArePublic(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { favouritesPublic: true } });
  return user?.favouritesPublic ?? true;
}

/** A member's favourites as another member (or a visitor) may see them: the list, or that it is private. */
export type FavouritesList = { private: true } | { private: false; page: Page<ArtworkCardData> };

/**
 * A member's favourites, the newest favourited first, through the
 * (userId, createdAt, artworkId) index. Hidden artwork is left out, and for
 * a member viewing, what they muted or blocked (lib/discovery). Private
 * favourites are their owner's alone: anyone else learns only that.
 */
export async function listFavourites(ownerId: string, viewerId: string | undefined, page: number): Promise<FavouritesList> {
  const owner = await db.user.findUnique({ where: { id: ownerId }, select: { id: true, favouritesPublic: true } });
  if (!owner || (!owner.favouritesPublic && viewerId !== owner.id)) return { private: true };
  const where = [
    Prisma.sql`f."userId" = ${owner.id}`,
    Prisma.sql`t."hiddenAt" IS NULL`,
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`t."id"`, authorId: Prisma.sql`t."authorId"` }),
  ];
  const from = Prisma.sql`"Favourite" AS f ${indexedBy("Favourite_userId_createdAt_artworkId_idx")} JOIN "Artwork" AS t ON t."id" = f."artworkId"`;
  const ids = await loadIdPage<string>(
    { from, where, orderBy: Prisma.sql`f."createdAt" DESC, f."artworkId" DESC` },
    page,
    GALLERY_PAGE_SIZE,
  );
  return { private: false, page: mapPage(ids, await artworkCards(ids.items)) };
}
