import "server-only";
import { db } from "@/lib/db";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** Enough for a lively thread, too few for a flood. */
export const COMMENTS_PER_MINUTE = 10;

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

export type AddCommentResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "rate_limited" };

export async function addComment(artworkId: string, authorId: string, body: string, now = new Date()): Promise<AddCommentResult> {
  const [artwork, recent] = await Promise.all([
    // Hidden artwork takes no new comments: for everyone but its owner it does not exist.
    db.artwork.count({ where: { id: artworkId, hiddenAt: null } }),
    db.comment.count({ where: { authorId, createdAt: { gt: new Date(now.getTime() - 60_000) } } }),
  ]);
  if (!artwork) return { ok: false, reason: "not_found" };
  if (recent >= COMMENTS_PER_MINUTE) return { ok: false, reason: "rate_limited" };
  const comment = await db.comment.create({ data: { artworkId, authorId, body, createdAt: now }, select: { id: true } });
  return { ok: true, id: comment.id };
}

/** Deletes the member's own comment; someone else's matches nothing. Returns the artwork it was on. */
export async function deleteOwnComment(commentId: string, authorId: string): Promise<string | null> {
  const comment = await db.comment.findFirst({ where: { id: commentId, authorId }, select: { artworkId: true } });
  if (!comment) return null;
  const { count } = await db.comment.deleteMany({ where: { id: commentId, authorId } });
  return count === 1 ? comment.artworkId : null;
}
