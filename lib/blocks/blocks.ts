import "server-only";
import { db } from "@/lib/db";
import { announceUnread } from "@/lib/notifications/live";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockPair, type Counterpart } from "@/lib/blocks/pair";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { loadPage, mapPage, type Page } from "@/lib/paging/page";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/**
 * Whether either member blocked the other. Blocks are symmetric in effect:
 * neither may follow, comment on or (later) message the other, and neither
 * sees the other's art in lists, whoever blocked whom.
 */
export async function isBlockedEitherWay(a: string, b: string, client: Pick<Prisma.TransactionClient, "block"> = db): Promise<boolean> {
  const count = await client.block.count({
    where: {
      OR: [
        { blockerId: a, blockedId: b },
        { blockerId: b, blockedId: a },
      ],
    },
  });
  return count > 0;
}

/**
 * Blocks a member: idempotent (blocking again changes nothing and costs no
 * turn), and the follows between them, both ways, end in the same
 * transaction (the triggers recount both members).
 */
export async function blockMember(blockerId: string, blockedId: string, now = new Date()): Promise<Result<Counterpart>> {
  const result = await db.$transaction(async (tx): Promise<Result<Counterpart>> => {
    const pair = await lockPair(tx, blockerId, blockedId, "UPDATE", { self: "You can't block yourself." });
    if (!pair.ok) return pair;
    const blocked = `You blocked ${pair.value.name}.`;
    if (await tx.block.count({ where: { blockerId, blockedId } })) return done(pair.value, blocked);
    const turn = await takeTurn({ limit: LIMITS.block, subject: blockerId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return refused(overLimitMessage("block", "member", LIMITS.block, turn.retryAfterMs));
    // ON CONFLICT: a second submit racing this one on PostgreSQL finds the row made and does nothing.
    await tx.$executeRaw`INSERT INTO "Block" ("blockerId", "blockedId", "createdAt") VALUES (${blockerId}, ${blockedId}, ${now}) ON CONFLICT DO NOTHING`;
    await tx.follow.deleteMany({
      where: {
        OR: [
          { followerId: blockerId, followeeId: blockedId },
          { followerId: blockedId, followeeId: blockerId },
        ],
      },
    });
    // What either told the other goes too: a notification never shows a blocked member.
    await tx.notification.deleteMany({
      where: {
        OR: [
          { recipientId: blockerId, actorId: blockedId },
          { recipientId: blockedId, actorId: blockerId },
        ],
      },
    });
    return done(pair.value, blocked);
  });
  if (result.ok) await announceUnread([blockerId, blockedId]);
  return result;
}

/** Ends the member's own block; unblocking someone not blocked is already done. Follows are not restored. */
export async function unblockMember(blockerId: string, blockedId: string): Promise<Result<void>> {
  await db.block.deleteMany({ where: { blockerId, blockedId } });
  return done(undefined, "Unblocked.");
}

export type BlockedMember = AuthorSummary & { id: string; blockedAt: Date };

export const BLOCKED_PAGE_SIZE = 30;

/** The members this member blocked, newest block first (the (blockerId, createdAt) index). */
export async function listBlocked(blockerId: string, page: number): Promise<Page<BlockedMember>> {
  const list = await loadPage(
    page,
    BLOCKED_PAGE_SIZE,
    () => db.block.count({ where: { blockerId } }),
    ({ skip, take }) =>
      db.block.findMany({
        where: { blockerId },
        orderBy: [{ createdAt: "desc" }, { blockedId: "desc" }],
        skip,
        take,
        select: { createdAt: true, blocked: { select: { id: true, ...authorSelect } } },
      }),
  );
  return mapPage(
    list,
    list.items.map(({ createdAt, blocked }) => ({ ...toAuthorSummary(blocked), id: blocked.id, blockedAt: createdAt })),
  );
}
