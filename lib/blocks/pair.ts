import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockingRowsOf } from "@/lib/database/dialect";
import { isBanActive } from "@/lib/auth/ban";
import { done, refused, type Result } from "@/lib/result";

type Tx = Prisma.TransactionClient;

/** The other member as a follow or block names them. */
export type Counterpart = { id: string; username: string; name: string };

/**
 * Locks both members' rows, in id order, for a transaction that reads the
 * blocks between them and then writes: a follow takes KEY SHARE (follows of
 * one artist do not wait for each other), a block takes UPDATE (waiting for
 * any follow in flight, so it sees and removes it; a follow arriving after
 * waits for the block and then sees it). On SQLite writers run one at a
 * time and the lock clause is empty. Answers the other member, or why they
 * cannot be acted on.
 */
export async function lockPair(
  tx: Tx,
  actorId: string,
  otherId: string,
  strength: "KEY SHARE" | "UPDATE",
  words: { self: string; banned?: string },
): Promise<Result<Counterpart>> {
  if (actorId === otherId) return refused(words.self);
  await tx.$queryRaw`SELECT "member"."id" FROM "User" AS "member" WHERE "member"."id" IN (${actorId}, ${otherId}) ORDER BY "member"."id" ${lockingRowsOf({ member: strength })}`;
  const other = await tx.user.findUnique({
    where: { id: otherId },
    select: { id: true, username: true, displayName: true, bannedAt: true, bannedUntil: true },
  });
  if (!other) return refused(MEMBER_GONE);
  if (words.banned && isBanActive(other)) return refused(words.banned);
  return done({ id: other.id, username: other.username, name: other.displayName || other.username });
}

export const MEMBER_GONE = "This member no longer exists.";
