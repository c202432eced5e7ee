import "server-only";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

export type CommentData = { id: string; body: string; createdAt: Date; authorId: string; author: AuthorSummary };

/** Oldest first, as a conversation reads. */
export async function listComments(artworkId: string): Promise<CommentData[]> {
  const rows = await db.comment.findMany({
    where: { artworkId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: authorSelect } },
  });
  return rows.map((row) => ({ ...row, author: toAuthorSummary(row.author) }));
}

export type AddCommentResult =
  { ok: true; id: string } | { ok: false; reason: "not_found" } | { ok: false; reason: "rate_limited"; retryAfterMs: number };

/** The turn under the comment limit is taken with the comment: a comment that is not stored costs none. */
export async function addComment(artworkId: string, authorId: string, body: string, now = new Date()): Promise<AddCommentResult> {
  return db.$transaction(async (tx): Promise<AddCommentResult> => {
    // Hidden artwork takes no new comments: for everyone but its owner it does not exist.
    if (!(await tx.artwork.count({ where: { id: artworkId, hiddenAt: null } }))) return { ok: false, reason: "not_found" };
    const turn = await takeTurn({ limit: LIMITS.comment, subject: authorId }, { client: tx, now: now.getTime() });
    if (!turn.ok) return { ok: false, reason: "rate_limited", retryAfterMs: turn.retryAfterMs };
    const comment = await tx.comment.create({ data: { artworkId, authorId, body, createdAt: now }, select: { id: true } });
    return { ok: true, id: comment.id };
  });
}

/** Deletes the member's own comment; someone else's matches nothing. Returns the artwork it was on. */
export async function deleteOwnComment(commentId: string, authorId: string): Promise<string | null> {
  const comment = await db.comment.findFirst({ where: { id: commentId, authorId }, select: { artworkId: true } });
  if (!comment) return null;
  const { count } = await db.comment.deleteMany({ where: { id: commentId, authorId } });
  return count === 1 ? comment.artworkId : null;
}
