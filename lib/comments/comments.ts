import "server-only";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { isBlockedEitherWay } from "@/lib/blocks/blocks";
import { splitMentions } from "@/lib/comments/mention-text";
import { mentionedMembers } from "@/lib/comments/mentions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyingTransaction, type NotificationEvent } from "@/lib/notifications/notify";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused, type Result } from "@/lib/result";
import { toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** A comment's text cut into plain runs and @mentions; a mention of a member carries the link to their profile. */
export type CommentPart = { text: string; href?: string };

export type CommentData = { id: string; body: string; parts: CommentPart[]; createdAt: Date; authorId: string; author: AuthorSummary };

type CommentRow = Omit<CommentData, "author" | "createdAt"> & {
  createdAt: Date | string;
  username: string;
  displayName: string | null;
  avatarKey: string | null;
};

/** Oldest first, as a conversation reads: one statement, authors joined, through the (artworkId, createdAt) index; one more for the mentioned members. */
export async function listComments(artworkId: string): Promise<CommentData[]> {
  const rows = await db.$queryRaw<CommentRow[]>`
    SELECT c."id", c."body", c."createdAt", c."authorId", u."username", u."displayName", u."avatarKey"
    FROM "Comment" c JOIN "User" u ON u."id" = c."authorId"
    WHERE c."artworkId" = ${artworkId} ORDER BY c."createdAt", c."id"`;
  const members = await mentionedMembers(rows.map((row) => row.body));
  const partsOf = (body: string): CommentPart[] =>
    splitMentions(body).map((part) => {
      const member = "mention" in part ? members.get(part.mention) : undefined;
      return member ? { text: part.text, href: `/u/${encodeURIComponent(member.username)}` } : { text: part.text };
    });
  return rows.map(({ id, body, createdAt, authorId, ...author }) => ({
    id,
    body,
    parts: partsOf(body),
    createdAt: new Date(createdAt),
    authorId,
    author: toAuthorSummary(author),
  }));
}

export const CANNOT_COMMENT = "You can't comment on this artwork.";

export const NOT_YOUR_COMMENT = "This comment does not exist, or it is not yours to delete.";

/**
 * Adds a comment and answers its id. The turn under the comment limit is
 * taken with the comment: a comment that is not stored costs none.
 */
export async function addComment(artworkId: string, authorId: string, body: string, now = new Date()): Promise<Result<string>> {
  return notifyingTransaction(async (tx, tell): Promise<Result<string>> => {
    // Hidden artwork takes no new comments: for everyone but its owner it does not exist.
    const artwork = await tx.artwork.findFirst({ where: { id: artworkId, hiddenAt: null }, select: { authorId: true } });
    if (!artwork) return refused(ARTWORK_GONE);
    // Says no more than needed: not who blocked whom.
    if (await isBlockedEitherWay(authorId, artwork.authorId, tx)) return refused(CANNOT_COMMENT, "body");
    const turn = await takeTurn({ limit: LIMITS.comment, subject: authorId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return refused(overLimitMessage("post", "comment", LIMITS.comment, turn.retryAfterMs), "body");
    const commentId = await insertComment(tx, (event) => tell(event), {
      artworkId,
      artworkAuthorId: artwork.authorId,
      authorId,
      body,
      now,
    });
    return done(commentId);
  });
}

type NewComment = { artworkId: string; artworkAuthorId: string; authorId: string; body: string; now: Date };

/**
 * Stores a comment with what it tells: the artwork's author, and the
 * members it @mentions. The demo seed writes its comments through it too.
 */
export async function insertComment(
  tx: Prisma.TransactionClient,
  tell: (event: NotificationEvent) => Promise<void>,
  { artworkId, artworkAuthorId, authorId, body, now }: NewComment,
): Promise<string> {
  const comment = await tx.comment.create({ data: { artworkId, authorId, body, createdAt: now }, select: { id: true } });
  const about = { actorId: authorId, artworkId, commentId: comment.id, excerpt: body, now };
  await tell({ type: "COMMENT", recipientId: artworkAuthorId, ...about });
  for (const member of await membersToTellOfMention(tx, body, artworkAuthorId))
    await tell({ type: "MENTION", recipientId: member, ...about });
  return comment.id;
}

/**
 * The members a comment's @mentions notify, up to the setting's number: not
 * the artwork's author, whom the comment itself notifies already.
 */
async function membersToTellOfMention(tx: Prisma.TransactionClient, body: string, artworkAuthorId: string): Promise<string[]> {
  const members = await mentionedMembers([body], tx);
  return [...members.values()]
    .map((member) => member.id)
    .filter((id) => id !== artworkAuthorId)
    .slice(0, env.NOTIFICATION_MENTIONS_PER_COMMENT);
}

/** Deletes the member's own comment; someone else's matches nothing. Answers the artwork it was on. */
export async function deleteOwnComment(commentId: string, authorId: string): Promise<Result<string>> {
  const comment = await db.comment.findFirst({ where: { id: commentId, authorId }, select: { artworkId: true } });
  if (!comment) return refused(NOT_YOUR_COMMENT);
  const { count } = await db.comment.deleteMany({ where: { id: commentId, authorId } });
  return count === 1 ? done(comment.artworkId) : refused(NOT_YOUR_COMMENT);
}
