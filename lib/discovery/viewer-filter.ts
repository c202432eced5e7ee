import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a member never sees in a list of artwork (galleries, tag pages,
 * search, the following feed, other members' profiles): artwork carrying
 * a tag they muted, and the art of anyone they blocked or who blocked them.
 * A visitor (no viewer) sees everything visible. Artwork pages themselves
 * stay reachable by link; only lists leave these out.
 */

/** For Prisma queries on Artwork. */
export function artworkWhereForViewer(viewerId: string | undefined): Prisma.ArtworkWhereInput {
  if (!viewerId) return {};
  return {
    tags: { none: { tag: { mutedBy: { some: { userId: viewerId } } } } },
    author: { blocking: { none: { blockedId: viewerId } }, blockedBy: { none: { blockerId: viewerId } } },
  };
}

/**
 * The same rule as SQL conditions, for raw statements that walk an index:
 * each is a probe of a primary key or index per row read, so the walk keeps
 * its order and plan. `artworkId` and `authorId` name the row's columns
 * (for example Prisma.sql`"Artwork"."id"`).
 */
export function artworkConditionsForViewer(
  viewerId: string | undefined,
  { artworkId, authorId }: { artworkId: Prisma.Sql; authorId: Prisma.Sql },
): Prisma.Sql[] {
  if (!viewerId) return [];
  return [
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "ArtworkTag" AS "viewerTag" JOIN "MutedTag" AS "viewerMute" ON "viewerMute"."tagId" = "viewerTag"."tagId" AND "viewerMute"."userId" = ${viewerId} WHERE "viewerTag"."artworkId" = ${artworkId})`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Block" AS "viewerBlock" WHERE ("viewerBlock"."blockerId" = ${viewerId} AND "viewerBlock"."blockedId" = ${authorId}) OR ("viewerBlock"."blockerId" = ${authorId} AND "viewerBlock"."blockedId" = ${viewerId}))`,
  ];
}
