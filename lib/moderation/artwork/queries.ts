import "server-only";
import { requireAdmin } from "@/lib/moderation/guard";
import { toImageSet, type ImageSet } from "@/lib/art/image-sets";
import { placeholderDataUrl } from "@/lib/art/placeholder";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";
import type { AdminArtworkQuery, ArtworkFilter } from "@/lib/moderation/artwork/schemas";

/** A list to act on, row by row: longer than a gallery page. */
export const ADMIN_ARTWORK_PAGE_SIZE = 20;

export type AdminArtworkRow = {
  id: string;
  title: string;
  createdAt: Date;
  authorId: string;
  author: AuthorSummary;
  thumbnail: ImageSet;
  placeholderUrl: string;
  dominantColor: string;
  hidden: { at: Date; reason: string } | null;
};

export type AdminArtworkPage = { items: AdminArtworkRow[]; page: number; pageCount: number; total: number };

const rowSelect = {
  id: true,
  title: true,
  createdAt: true,
  authorId: true,
  placeholder: true,
  dominantColor: true,
  hiddenAt: true,
  hiddenReason: true,
  author: { select: authorSelect },
  variants: { where: { kind: "THUMB" }, select: { format: true, width: true, height: true, key: true } },
} satisfies Prisma.ArtworkSelect;

const FILTERS: Record<ArtworkFilter, Prisma.ArtworkWhereInput> = {
  all: {},
  hidden: { hiddenAt: { not: null } },
  visible: { hiddenAt: null },
};

/** Title or artist (username or display name); SQLite's LIKE ignores case for ASCII. */
function searchWhere(q: string): Prisma.ArtworkWhereInput {
  if (!q) return {};
  return { OR: [{ title: { contains: q } }, { author: { username: { contains: q } } }, { author: { displayName: { contains: q } } }] };
}

/** Every artwork, hidden or not, newest first, for moderators; anyone else gets the 404 page. */
export async function listArtworkForAdmin({ q, show, page }: AdminArtworkQuery): Promise<AdminArtworkPage> {
  await requireAdmin();
  const where: Prisma.ArtworkWhereInput = { AND: [FILTERS[show], searchWhere(q)] };
  const [total, rows] = await Promise.all([
    db.artwork.count({ where }),
    db.artwork.findMany({
      where,
      // Served by the (createdAt, id, hiddenAt) gallery index, which also filters hidden/visible.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_ARTWORK_PAGE_SIZE,
      take: ADMIN_ARTWORK_PAGE_SIZE,
      select: rowSelect,
    }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    createdAt: row.createdAt,
    authorId: row.authorId,
    author: toAuthorSummary(row.author),
    thumbnail: toImageSet(row.variants),
    placeholderUrl: placeholderDataUrl(row.placeholder),
    dominantColor: row.dominantColor,
    hidden: row.hiddenAt ? { at: row.hiddenAt, reason: row.hiddenReason ?? "" } : null,
  }));
  return { items, page, pageCount: Math.max(1, Math.ceil(total / ADMIN_ARTWORK_PAGE_SIZE)), total };
}
