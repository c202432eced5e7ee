import type { Metadata } from "next";
import Link from "next/link";
import { ContentSearch } from "@/components/admin/content-search";
import { Pagination } from "@/components/pagination";
import { RelativeTime } from "@/components/relative-time";
import { listCommentsForAdmin } from "@/lib/moderation/content/queries";
import { requireAdmin } from "@/lib/moderation/guard";
import { excerpt } from "@/lib/moderation/audit/record";
import { contentListQuery } from "@/lib/moderation/content/schemas";
import { DeleteContentForm } from "../delete-content-form";

export const metadata: Metadata = { title: "Comments" };

export default async function AdminCommentsPage({ searchParams }: PageProps<"/admin/comments">) {
  await requireAdmin();
  const query = contentListQuery.parse(await searchParams);
  const list = await listCommentsForAdmin(query);
  const now = new Date();
  return (
    <>
      <h2>Comments</h2>
      <ContentSearch
        basePath="/admin/comments"
        label="Search comments by text or author"
        q={query.q}
        total={list.total}
        noun={["comment", "comments"]}
      />
      {list.items.length === 0 ? (
        <p className="empty-state">{query.q ? "No comment matches." : "No comments yet."}</p>
      ) : (
        <ol className="content-list">
          {list.items.map((comment) => (
            <li key={comment.id} className="content-item">
              <p className="content-meta">
                <Link href={`/admin/members/${comment.author.id}`}>{comment.author.name}</Link> on{" "}
                <Link href={`/art/${comment.artwork.id}`}>{comment.artwork.title}</Link> ·{" "}
                <RelativeTime date={comment.createdAt} now={now} />
              </p>
              <p className="content-text">{excerpt(comment.body, 300)}</p>
              <DeleteContentForm kind="comment" id={comment.id} idPrefix={`comment-${comment.id}`} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/comments" query={contentListQuery.params(query)} />
    </>
  );
}
