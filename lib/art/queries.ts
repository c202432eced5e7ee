import "server-only";
import { toImageSet, type ImageSet, type ImageSource } from "@/lib/art/image-sets";
import { mediaUrl } from "@/lib/art/media-keys";
import { placeholderDataUrl } from "@/lib/art/placeholder";
import { averageRating } from "@/lib/ratings/score";
import type { GalleryOrder, Period, Sort } from "@/lib/validation/gallery-order";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** 3 × 2 on desktop. */
export const GALLERY_PAGE_SIZE = 6;

export type ArtworkCardData = {
  id: string;
  title: string;
  href: string;
  dominantColor: string;
  placeholderUrl: string;
  thumbnail: ImageSet;
  author: AuthorSummary;
  commentCount: number;
  ratingCount: number;
  averageRating: number | null;
};

export type GalleryPage = { items: ArtworkCardData[]; page: number; pageCount: number; total: number };

const cardSelect = {
  id: true,
  title: true,
  placeholder: true,
  dominantColor: true,
  ratingCount: true,
  ratingSum: true,
  author: { select: authorSelect },
  variants: { where: { kind: "THUMB" }, select: { format: true, width: true, height: true, key: true } },
} satisfies Prisma.ArtworkSelect;

/**
 * Comment counts for just these artworks, through the (artworkId, createdAt)
 * index; Prisma's _count would aggregate the whole comment table per page.
 */
async function commentCounts(artworkIds: string[]): Promise<Map<string, number>> {
  if (artworkIds.length === 0) return new Map();
  const groups = await db.comment.groupBy({ by: ["artworkId"], where: { artworkId: { in: artworkIds } }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.artworkId, group._count._all]));
}

function toCard(row: Prisma.ArtworkGetPayload<{ select: typeof cardSelect }>, commentCount: number): ArtworkCardData {
  return {
    id: row.id,
    title: row.title,
    href: `/art/${row.id}`,
    dominantColor: row.dominantColor,
    placeholderUrl: placeholderDataUrl(row.placeholder),
    thumbnail: toImageSet(row.variants),
    author: toAuthorSummary(row.author),
    commentCount,
    ratingCount: row.ratingCount,
    averageRating: averageRating({ count: row.ratingCount, sum: row.ratingSum }),
  };
}

const PERIOD_DAYS: Record<Period, number | null> = { day: 1, week: 7, month: 30, all: null };

/**
 * Each order is a stored, indexed column, then the id: a total order, so an
 * item can never appear on two pages or fall between them while nothing changes.
 */
const ORDER_BY = {
  new: [{ createdAt: "desc" }, { id: "desc" }],
  top: [{ topScore: "desc" }, { id: "desc" }],
  most: [{ ratingCount: "desc" }, { id: "desc" }],
  hot: [{ hotScore: "desc" }, { id: "desc" }],
} satisfies Record<Sort, Prisma.ArtworkOrderByWithRelationInput[]>;

function filterFor(authorId: string | undefined, period: Period, now: Date): Prisma.ArtworkWhereInput {
  const days = PERIOD_DAYS[period];
  return {
    ...(authorId ? { authorId } : {}),
    ...(days ? { createdAt: { gte: new Date(now.getTime() - days * 86_400_000) } } : {}),
  };
}

type ListOptions = { page: number; authorId?: string; order?: GalleryOrder; now?: Date };

/** One page of a gallery in the chosen order; a page past the end comes back empty with the real page count. */
export async function listArtworks({ page, authorId, order = { sort: "new", period: "all" }, now = new Date() }: ListOptions): Promise<GalleryPage> {
  const where = filterFor(authorId, order.period, now);
  const [total, rows] = await Promise.all([
    db.artwork.count({ where }),
    db.artwork.findMany({
      where,
      orderBy: ORDER_BY[order.sort],
      skip: (page - 1) * GALLERY_PAGE_SIZE,
      take: GALLERY_PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  const counts = await commentCounts(rows.map((row) => row.id));
  const items = rows.map((row) => toCard(row, counts.get(row.id) ?? 0));
  return { items, page, pageCount: Math.max(1, Math.ceil(total / GALLERY_PAGE_SIZE)), total };
}

export type ArtworkDetail = {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  createdAt: Date;
  dominantColor: string;
  placeholderUrl: string;
  display: ImageSet;
  fullSize: ImageSource & { format: string };
  authorId: string;
  author: AuthorSummary;
  rating: { count: number; sum: number };
};

export async function getArtwork(id: string): Promise<ArtworkDetail | null> {
  const row = await db.artwork.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      width: true,
      height: true,
      createdAt: true,
      placeholder: true,
      dominantColor: true,
      authorId: true,
      ratingCount: true,
      ratingSum: true,
      author: { select: authorSelect },
      variants: { where: { kind: { in: ["DISPLAY", "FULL"] } }, select: { kind: true, format: true, width: true, height: true, key: true } },
    },
  });
  if (!row) return null;
  const full = row.variants.find((variant) => variant.kind === "FULL");
  if (!full) return null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt,
    dominantColor: row.dominantColor,
    placeholderUrl: placeholderDataUrl(row.placeholder),
    display: toImageSet(row.variants.filter((variant) => variant.kind === "DISPLAY")),
    fullSize: { url: mediaUrl(full.key), width: full.width, height: full.height, format: full.format },
    authorId: row.authorId,
    author: toAuthorSummary(row.author),
    rating: { count: row.ratingCount, sum: row.ratingSum },
  };
}
