import "server-only";
import { toImageSet, type ImageSet, type ImageSource } from "@/lib/art/image-sets";
import { mediaUrl } from "@/lib/art/media-keys";
import { placeholderDataUrl } from "@/lib/art/placeholder";
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
};

export type GalleryPage = { items: ArtworkCardData[]; page: number; pageCount: number; total: number };

const cardSelect = {
  id: true,
  title: true,
  placeholder: true,
  dominantColor: true,
  author: { select: authorSelect },
  variants: { where: { kind: "THUMB" }, select: { format: true, width: true, height: true, key: true } },
  _count: { select: { comments: true } },
} satisfies Prisma.ArtworkSelect;

function toCard(row: Prisma.ArtworkGetPayload<{ select: typeof cardSelect }>): ArtworkCardData {
  return {
    id: row.id,
    title: row.title,
    href: `/art/${row.id}`,
    dominantColor: row.dominantColor,
    placeholderUrl: placeholderDataUrl(row.placeholder),
    thumbnail: toImageSet(row.variants),
    author: toAuthorSummary(row.author),
    commentCount: row._count.comments,
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
  return { items: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / GALLERY_PAGE_SIZE)), total };
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
  };
}
