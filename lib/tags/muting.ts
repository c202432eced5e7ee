import "server-only";
import { db } from "@/lib/db";
import { lockRow } from "@/lib/database/row-lock";
import { Prisma } from "@/lib/generated/prisma/client";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { findTag } from "@/lib/tags/tags";

/** Each muted tag is a probe on every artwork a list reads for this member: a ceiling keeps lists fast. */
export const MUTED_TAGS_MAX = 100;

export type MutedTag = { id: number; name: string };

/** The member's muted tags, by name. */
export async function listMutedTags(userId: string): Promise<MutedTag[]> {
  const rows = await db.mutedTag.findMany({
    where: { userId },
    orderBy: { tag: { name: "asc" } },
    select: { tag: { select: { id: true, name: true } } },
  });
  return rows.map((row) => row.tag);
}

/**
 * Mutes a tag (a normalised name) for the member. Only a tag some artwork
 * has carried can be muted: a typo would otherwise mute nothing, silently.
 * Muting a tag twice (a double submit) is one mute, and says so.
 */
export async function muteTag(userId: string, name: string): Promise<Result<MutedTag>> {
  const tag = await findTag(name);
  if (!tag) return refused(`No artwork is tagged #${name}, so there is nothing to mute`, "tag");
  return db.$transaction(async (tx) => {
    // Two mutes at once both count the others only after this: the ceiling holds.
    await lockRow(tx, "User", userId);
    if (await tx.mutedTag.findUnique({ where: { userId_tagId: { userId, tagId: tag.id } }, select: { tagId: true } })) {
      return done({ id: tag.id, name: tag.name }, `#${tag.name} is already muted.`);
    }
    if ((await tx.mutedTag.count({ where: { userId } })) >= MUTED_TAGS_MAX) {
      return refused(`You can mute at most ${MUTED_TAGS_MAX} tags. Unmute one to make room.`, "tag");
    }
    const turn = await takeTurn({ limit: LIMITS.tagMute, subject: userId }, { client: tx });
    if (!turn.ok) return refused(overLimitMessage("mute or unmute", "tag", LIMITS.tagMute, turn.retryAfterMs), "tag");
    await tx.mutedTag.create({ data: { userId, tagId: tag.id } });
    return done({ id: tag.id, name: tag.name }, `Muted #${tag.name}: its artwork no longer shows in your lists.`);
  });
}

/** Unmutes one of the member's muted tags; another member's mutes are out of reach (the query names the member). */
export async function unmuteTag(userId: string, tagId: number): Promise<Result> {
  return db.$transaction(async (tx) => {
    const mute = await tx.mutedTag.findUnique({ where: { userId_tagId: { userId, tagId } }, select: { tag: { select: { name: true } } } });
    if (!mute) return refused("This tag is not muted.");
    const turn = await takeTurn({ limit: LIMITS.tagMute, subject: userId }, { client: tx });
    if (!turn.ok) return refused(overLimitMessage("mute or unmute", "tag", LIMITS.tagMute, turn.retryAfterMs));
    // deleteMany: a double submit that finds the row gone answers the same.
    await tx.mutedTag.deleteMany({ where: { userId, tagId } });
    return done(undefined, `Unmuted #${mute.tag.name}.`);
  });
}

/** Which part of the site a list shows, for the "hidden because you muted" note. */
export type MutedScope = { authorId?: string; tagId?: number; since?: Date };

/**
 * The member's muted tags that hide something this list would otherwise
 * show (at most three names, for the note). One query whatever the list's
 * size: each muted tag (at most MUTED_TAGS_MAX) probes its own ArtworkTag
 * index for one visible artwork in the list's scope. It ignores blocks
 * and pages: the note says why a list may look short, not which card went.
 */
export async function mutedTagsHiding(viewerId: string | undefined, { authorId, tagId, since }: MutedScope): Promise<string[]> {
  if (!viewerId) return [];
  const scope = [
    Prisma.sql`"hit"."tagId" = "MutedTag"."tagId"`,
    Prisma.sql`"hit"."hiddenAt" IS NULL`,
    ...(since ? [Prisma.sql`"hit"."createdAt" >= ${since}`] : []),
    ...(authorId
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "Artwork" WHERE "Artwork"."id" = "hit"."artworkId" AND "Artwork"."authorId" = ${authorId})`]
      : []),
    ...(tagId !== undefined
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM "ArtworkTag" AS "same" WHERE "same"."artworkId" = "hit"."artworkId" AND "same"."tagId" = ${tagId})`,
        ]
      : []),
  ];
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT "Tag"."name" FROM "MutedTag" JOIN "Tag" ON "Tag"."id" = "MutedTag"."tagId"
    WHERE "MutedTag"."userId" = ${viewerId}
      AND EXISTS (SELECT 1 FROM "ArtworkTag" AS "hit" WHERE ${Prisma.join(scope, " AND ")})
    ORDER BY "Tag"."name" LIMIT 3`;
  return rows.map((row) => row.name);
}
