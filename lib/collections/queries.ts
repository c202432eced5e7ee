import "server-only";
import { artworkCards, type ArtworkCardData } from "@/lib/art/cards";
import { db } from "@/lib/db";
import { artworkConditionsForViewer } from "@/lib/discovery/viewer-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadIdPage } from "@/lib/paging/id-page";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";

export type CollectionSummary = {
  id: string;
  slug: string;
  title: string;
  description: string;
  isPublic: boolean;
  itemCount: number;
  updatedAt: Date;
};

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  isPublic: true,
  itemCount: true,
  updatedAt: true,
} satisfies Prisma.CollectionSelect;

export const COLLECTIONS_PAGE_SIZE = 20;
/** 4 rows of the gallery grid. */
export const COLLECTION_ITEMS_PAGE_SIZE = 12;

/** Private collections are their owner's alone: for anyone else they do not exist. */
const visibleTo = (ownerId: string, viewerId: string | undefined) => (viewerId === ownerId ? {} : { isPublic: true });

/** A member's collections, the latest changed first, through the (ownerId, updatedAt, id) index. */
export async function listCollections(ownerId: string, viewerId: string | undefined, page: number): Promise<Page<CollectionSummary>> {
  const where = { ownerId, ...visibleTo(ownerId, viewerId) };
  return loadPage(
    page,
    COLLECTIONS_PAGE_SIZE,
    () => db.collection.count({ where }),
    (window) => db.collection.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], ...window, select: summarySelect }),
  );
}

/** One collection by its owner and slug, or null when missing or private to someone else (a 404 either way). */
export async function getCollection(ownerId: string, slug: string, viewerId: string | undefined): Promise<CollectionSummary | null> {
  return db.collection.findFirst({ where: { ownerId, slug, ...visibleTo(ownerId, viewerId) }, select: summarySelect });
}

export type CollectionItems = Page<ArtworkCardData>;

/**
 * A page of a collection in its owner's order. Hidden artwork is left out,
 * and for a member viewing, what they muted or blocked (lib/discovery).
 */
export async function listCollectionItems(collectionId: string, viewerId: string | undefined, page: number): Promise<CollectionItems> {
  const where = [
    Prisma.sql`c."collectionId" = ${collectionId}`,
    Prisma.sql`t."hiddenAt" IS NULL`,
    ...artworkConditionsForViewer(viewerId, { artworkId: Prisma.sql`t."id"`, authorId: Prisma.sql`t."authorId"` }),
  ];
  const from = Prisma.sql`"CollectionItem" AS c JOIN "Artwork" AS t ON t."id" = c."artworkId"`;
  const ids = await loadIdPage<string>({ from, where, orderBy: Prisma.sql`c."position", c."artworkId"` }, page, COLLECTION_ITEMS_PAGE_SIZE);
  return mapPage(ids, await artworkCards(ids.items));
}

export type CollectionChoice = { id: string; title: string; contains: boolean };

/** The viewer's own collections for an artwork's page, each saying whether it holds the artwork: two queries. */
export async function collectionChoices(ownerId: string, artworkId: string): Promise<CollectionChoice[]> {
  const [collections, holding] = await Promise.all([
    db.collection.findMany({ where: { ownerId }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: { id: true, title: true } }),
    db.collectionItem.findMany({ where: { artworkId, collection: { ownerId } }, select: { collectionId: true } }),
  ]);
  const containing = new Set(holding.map((item) => item.collectionId));
  return collections.map((collection) => ({ ...collection, contains: containing.has(collection.id) }));
}
