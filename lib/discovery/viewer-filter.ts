import "server-only";
import { indexedBy, KEEP_AS_WRITTEN } from "@/lib/database/dialect";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a member never sees in a list of artwork (galleries, tag pages,
 * search, the following feed, other members' profiles): artwork carrying
 * a tag they muted, and the art of anyone they blocked or who blocked them.
 * A visitor (no viewer) sees everything visible. Artwork pages themselves
 * stay reachable by link; only lists leave these out.
 */

/**
 * The members blocked either way, as an uncorrelated list: read once per
 * statement, not once per row. Each half reads its index by key: SQLite
 * chose to read a small Block table whole, which a large one must never be.
 */
function blockedEitherWay(viewerId: string): Prisma.Sql {
  // sqlite_autoindex_Block_1 is SQLite's name for the (blockerId, blockedId) primary key's index.
  return Prisma.sql`SELECT "blockedId" FROM "Block" ${indexedBy("sqlite_autoindex_Block_1")} WHERE "blockerId" = ${viewerId}
    UNION ALL SELECT "blockerId" FROM "Block" ${indexedBy("Block_blockedId_idx")} WHERE "blockedId" = ${viewerId}`;
}

/**
 * The same rule as SQL conditions, for raw statements that walk an index,
 * so the walk keeps its order and plan. `artworkId` names the row's artwork
 * column (for example Prisma.sql`"Artwork"."id"`) and `authorId` its
 * author's, where the row has one.
 *   - Muted tags: a probe of the artwork's few tags per row read, so its
 *     cost follows the rows a page reads, not how much a muted tag holds.
 *     Kept as written on PostgreSQL, which would otherwise make the NOT
 *     EXISTS an anti-join that first reads every artwork of the muted tags
 *     (tens of thousands for a popular one) before a page of six.
 *   - Blocks: `NOT IN` a list built once (SQLite an ephemeral table,
 *     PostgreSQL a hashed subplan), never an anti-join that would reorder
 *     the walk. Without the author at hand, the list is of the blocked
 *     members' artwork, so no row looks its author up.
 */
export function artworkConditionsForViewer(
  viewerId: string | undefined,
  { artworkId, authorId }: { artworkId: Prisma.Sql; authorId?: Prisma.Sql },
): Prisma.Sql[] {
  if (!viewerId) return [];
  return [
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "ArtworkTag" AS "viewerTag" JOIN "MutedTag" AS "viewerMute" ON "viewerMute"."tagId" = "viewerTag"."tagId" AND "viewerMute"."userId" = ${viewerId} WHERE "viewerTag"."artworkId" = ${artworkId} ${KEEP_AS_WRITTEN})`,
    authorId
      ? Prisma.sql`${authorId} NOT IN (${blockedEitherWay(viewerId)})`
      : Prisma.sql`${artworkId} NOT IN (SELECT "id" FROM "Artwork" WHERE "authorId" IN (${blockedEitherWay(viewerId)}))`,
  ];
}
