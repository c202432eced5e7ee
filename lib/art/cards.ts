import "server-only";
import { toArtworkThumbnail, type ArtworkThumbnail } from "@/lib/art/thumbnails";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { averageRating } from "@/lib/ratings/score";

export type ArtworkCardData = ArtworkThumbnail & {
  href: string;
  commentCount: number;
  ratingCount: number;
  averageRating: number | null;
  /** Members who favourited it (kept by a trigger on Favourite). */
  favouriteCount: number;
  /** Null for visible artwork; only lists that include hidden artwork (the owner's) ever have it set. */
  hidden: HiddenByModerators | null;
};

/** Why moderators took an artwork out of the galleries, as its owner is told. */
export type HiddenByModerators = { reason: string };

/** An artwork `a`'s moderation state as a column: null while visible, else the reason ('' when none was given). */
export const HIDDEN_REASON_COLUMN = Prisma.sql`CASE WHEN a."hiddenAt" IS NULL THEN NULL ELSE COALESCE(a."hiddenReason", '') END AS "hiddenReason"`;

/** That column as the owner is told it. */
export const hiddenByModerators = (hiddenReason: string | null): HiddenByModerators | null =>
  hiddenReason === null ? null : { reason: hiddenReason };

/** One row per thumbnail file of each artwork, with the artwork's and its author's columns repeated. */
type CardRow = {
  id: string;
  title: string;
  placeholderUrl: string;
  dominantColor: string;
  ratingCount: number;
  ratingSum: number;
  favouriteCount: number;
  /** Null unless hidden; an empty reason when moderators gave none. */
  hiddenReason: string | null;
  commentCount: number | bigint;
  username: string;
  displayName: string | null;
  avatarKey: string | null;
  format: string;
  width: number;
  height: number;
  key: string;
};

/**
 * One statement for the whole page, on both databases: the artworks with
 * their authors and thumbnail files joined, and the comment counts grouped
 * for just these ids through the (artworkId, createdAt) index. Prisma's
 * findMany with relations is a statement per relation, each a round trip
 * on PostgreSQL. An artwork with no thumbnail yet has no card.
 */
function cardRowsSql(ids: string[], includeHidden: boolean): Prisma.Sql {
  const idList = Prisma.join(ids);
  const visible = includeHidden ? Prisma.empty : Prisma.sql`AND a."hiddenAt" IS NULL`;
  return Prisma.sql`
    SELECT a."id", a."title", a."placeholderUrl", a."dominantColor", a."ratingCount", a."ratingSum", a."favouriteCount",
      ${HIDDEN_REASON_COLUMN},
      COALESCE(c."count", 0) AS "commentCount",
      u."username", u."displayName", u."avatarKey",
      v."format", v."width", v."height", v."key"
    FROM "Artwork" a
    JOIN "User" u ON u."id" = a."authorId"
    JOIN "ArtworkVariant" v ON v."artworkId" = a."id" AND v."kind" = 'THUMB'
    LEFT JOIN (
      SELECT "artworkId", COUNT(*) AS "count" FROM "Comment" WHERE "artworkId" IN (${idList}) GROUP BY "artworkId"
    ) c ON c."artworkId" = a."id"
    WHERE a."id" IN (${idList}) ${visible}`;
}

function toCard(rows: CardRow[]): ArtworkCardData {
  const [row] = rows;
  return {
    ...toArtworkThumbnail({
      ...row,
      author: { username: row.username, displayName: row.displayName, avatarKey: row.avatarKey },
      variants: rows.map(({ format, width, height, key }) => ({ format, width, height, key })),
    }),
    href: `/art/${row.id}`,
    commentCount: Number(row.commentCount),
    ratingCount: row.ratingCount,
    averageRating: averageRating({ count: row.ratingCount, sum: row.ratingSum }),
    favouriteCount: row.favouriteCount,
    hidden: hiddenByModerators(row.hiddenReason),
  };
}

/**
 * The cards of these artworks, in the order given: every list that finds
 * its page of ids its own way (a gallery order, a tag, a search, a feed)
 * shows them through this, in one statement whatever the page size.
 * includeHidden: the owner's own lists, where what moderators hid still shows (with the reason).
 */
export async function artworkCards(ids: string[], { includeHidden = false } = {}): Promise<ArtworkCardData[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<CardRow[]>(cardRowsSql(ids, includeHidden));
  const rowsById = new Map<string, CardRow[]>();
  for (const row of rows) rowsById.set(row.id, [...(rowsById.get(row.id) ?? []), row]);
  // An artwork deleted (or hidden) since its id was read is simply left out.
  return ids.flatMap((id) => {
    const artworkRows = rowsById.get(id);
    return artworkRows ? [toCard(artworkRows)] : [];
  });
}
