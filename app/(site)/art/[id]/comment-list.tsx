import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Avatar } from "@/components/avatar";
import { RelativeTime } from "@/components/relative-time";
import { ReportLink } from "@/components/report-link";
import type { CommentData } from "@/lib/comments/comments";
import { removeComment } from "./actions";

/** Plain text (React escapes it, and line breaks are kept by CSS); only @mentions of members become links. */
export function CommentList({ comments, viewerId, now }: { comments: CommentData[]; viewerId?: string; now: Date }) {
  if (comments.length === 0) return <p className="empty-state">No comments yet.</p>;
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className="comment">
          <Avatar author={comment.author} size={36} />
          <div>
            <p className="comment-meta">
              <Link href={comment.author.href}>{comment.author.name}</Link> · <RelativeTime date={comment.createdAt} now={now} />
            </p>
            <p className="comment-body">
              {comment.parts.map((part, index) =>
                part.href ? (
                  <Link key={index} href={part.href}>
                    {part.text}
                  </Link>
                ) : (
                  part.text
                ),
              )}
            </p>
            {viewerId && comment.authorId !== viewerId && (
              <Link href={`?reply=${encodeURIComponent(comment.author.username)}#comment-form`} className="comment-reply" scroll={false}>
                Reply to {comment.author.name}
              </Link>
            )}
            {comment.authorId === viewerId ? (
              <ActionButton action={removeComment} fields={{ commentId: comment.id }} label="Delete comment" className="link-button" />
            ) : (
              <ReportLink type="COMMENT" id={comment.id} what={`comment by ${comment.author.name}`} />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
