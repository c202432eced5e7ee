import "server-only";
import { toImageSet, type ImageSet, type ImageSource } from "@/lib/art/image-sets";
import { mediaUrl } from "@/lib/art/media-keys";
import { artworkCards, HIDDEN_REASON_COLUMN, hiddenByModerators, type ArtworkCardData, type HiddenByModerators } from "@/lib/art/cards";
import { countGalleryUpTo, pageArtworkIds, type GalleryQuery } from "@/lib/art/gallery-page";
import { loadPage, loadPageCountingAhead, mapPage, PAGES_COUNTED_AHEAD, type Page } from "@/lib/paging/page";
import type { GalleryOrder, Period } from "@/lib/art/gallery-order";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** 3 × 2 on desktop. */
export const GALLERY_PAGE_SIZE = 6;

const PERIOD_DAYS: Record<Period, number | null> = { day: 1, week: 7, month: 30, all: null };

export function periodStart(period: Period, now: Date): Date | undefined {
  const days = PERIOD_DAYS[period];
  return days ? new Date(now.getTime() - days * 86_400_000) : undefined;
}

/** viewerId: the member looking, whose muted tags and blocks the list leaves out (none for a visitor or the owner's own gallery). */
type ListOptions = { page: number; authorId?: string; includeHidden?: boolean; order?: GalleryOrder; viewerId?: string; now?: Date };

/**
 * One page of a gallery in the chosen order (a page past the end is clamped
 * to the last: see loadPage). Counted no further than a few pages ahead,
 * through the newest-first index (countGalleryUpTo): a page past the end
 * never walks a whole score index looking for its period's rows, and page 1
 * of 100,000 artworks does not count them all. The count leaves out what
 * the page query leaves out, or the last pages would come up short or empty.
 */
export async function listArtworks({
  page,
  authorId,
  includeHidden = false,
  order = { sort: "new", period: "all" },
  viewerId,
  now = new Date(),
}: ListOptions): Promise<Page<ArtworkCardData>> {
  const query: GalleryQuery = { sort: order.sort, authorId, since: periodStart(order.period, now), includeHidden, viewerId };
  const idPage = await loadPageCountingAhead(
    page,
    GALLERY_PAGE_SIZE,
    PAGES_COUNTED_AHEAD,
    (limit) => countGalleryUpTo(query, limit),
    ({ skip, take }) => pageArtworkIds({ ...query, offset: skip, limit: take }),
  );
  return mapPage(idPage, await artworkCards(idPage.items, { includeHidden }));
}

export type OwnArtwork = ArtworkCardData & { description: string; createdAt: Date };

/** A longer page than the gallery's: this is a list to manage, not to browse. */
export const OWN_ARTWORK_PAGE_SIZE = 20;

/**
 * The member's own artwork for their settings, newest first, with what they
 * edit and the counts they watch; what moderators hid is listed too, with why.
 */
export async function listOwnArtworks(ownerId: string, page: number): Promise<Page<OwnArtwork>> {
  const list = await loadPage(
    page,
    OWN_ARTWORK_PAGE_SIZE,
    () => db.artwork.count({ where: { authorId: ownerId } }),
    (window) =>
      db.artwork.findMany({
        where: { authorId: ownerId },
        // Served by the (authorId, createdAt, id) index.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: { id: true, description: true, createdAt: true },
      }),
  );
  const cards = await artworkCards(
    list.items.map((row) => row.id),
    { includeHidden: true },
  );
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  return mapPage(
    list,
    list.items.flatMap(({ id, description, createdAt }) => {
      const card = cardsById.get(id);
      return card ? [{ ...card, description, createdAt }] : [];
    }),
  );
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
  /** Members who favourited it. */
  favouriteCount: number;
  hidden: HiddenByModerators | null;
};

/** Who is looking: hidden artwork exists only for its owner and the moderators. */
export type ArtworkViewer = Pick<SessionUser, "id" | "role"> | null;

export function maySeeHidden(viewer: ArtworkViewer, authorId: string): boolean {
  return viewer !== null && (viewer.id === authorId || viewer.role === "ADMIN");
}

/**
 * Whether the viewer may load a private file (lib/art/media-keys.ts): one
 * of a hidden artwork's, which its owner and admins see. One lookup by the
 * file's unique key, and none at all for a visitor.
 */
export async function maySeePrivateFile(key: string, viewer: ArtworkViewer): Promise<boolean> {
  if (!viewer) return false;
  const variant = await db.artworkVariant.findUnique({ where: { key }, select: { artwork: { select: { authorId: true } } } });
  return variant !== null && maySeeHidden(viewer, variant.artwork.authorId);
}

type DetailRow = {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  createdAt: Date | string;
  placeholderUrl: string;
  dominantColor: string;
  authorId: string;
  ratingCount: number;
  ratingSum: number;
  favouriteCount: number;
  /** Null unless hidden; an empty reason when moderators gave none. */
  hiddenReason: string | null;
  username: string;
  displayName: string | null;
  avatarKey: string | null;
  kind: "DISPLAY" | "FULL";
  format: string;
  variantWidth: number;
  variantHeight: number;
  key: string;
};

/** The artwork with its author and its DISPLAY and FULL files joined, a row per file: one statement. */
function detailRows(id: string): Promise<DetailRow[]> {
  return db.$queryRaw<DetailRow[]>`
    SELECT a."id", a."title", a."description", a."width", a."height", a."createdAt", a."placeholderUrl", a."dominantColor",
      a."authorId", a."ratingCount", a."ratingSum", a."favouriteCount",
      ${HIDDEN_REASON_COLUMN},
      u."username", u."displayName", u."avatarKey",
      v."kind", v."format", v."width" AS "variantWidth", v."height" AS "variantHeight", v."key"
    FROM "Artwork" a
    JOIN "User" u ON u."id" = a."authorId"
    JOIN "ArtworkVariant" v ON v."artworkId" = a."id" AND v."kind" IN ('DISPLAY', 'FULL')
    WHERE a."id" = ${id}`;
}

/** One artwork for its page, or null if it does not exist, or is hidden and the viewer is neither its owner nor an admin. */
export async function getArtwork(id: string, viewer: ArtworkViewer): Promise<ArtworkDetail | null> {
  const rows = await detailRows(id);
  const row = rows[0];
  if (!row || (row.hiddenReason !== null && !maySeeHidden(viewer, row.authorId))) return null;
  const files = rows.map(({ kind, format, variantWidth, variantHeight, key }) => ({
    kind,
    format,
    width: variantWidth,
    height: variantHeight,
    key,
  }));
  const full = files.find((file) => file.kind === "FULL");
  if (!full) return null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    width: row.width,
    height: row.height,
    createdAt: new Date(row.createdAt),
    dominantColor: row.dominantColor,
    placeholderUrl: row.placeholderUrl,
    display: toImageSet(files.filter((file) => file.kind === "DISPLAY")),
    fullSize: { url: mediaUrl(full.key), width: full.width, height: full.height, format: full.format },
    authorId: row.authorId,
    author: toAuthorSummary(row),
    rating: { count: row.ratingCount, sum: row.ratingSum },
    favouriteCount: row.favouriteCount,
    hidden: hiddenByModerators(row.hiddenReason),
  };
}
