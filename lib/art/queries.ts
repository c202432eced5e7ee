import "server-only";
import { toImageSet, type ImageSet, type ImageSource } from "@/lib/art/image-sets";
import { mediaUrl } from "@/lib/art/media-keys";
import { placeholderDataUrl } from "@/lib/art/placeholder";
import { averageRating } from "@/lib/ratings/score";
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

/** Newest first; a page past the end comes back empty with the real page count. */
export async function listArtworks({ page, authorId }: { page: number; authorId?: string }): Promise<GalleryPage> {
  const where = authorId ? { authorId } : {};
  const [total, rows] = await Promise.all([
    db.artwork.count({ where }),
    db.artwork.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
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
