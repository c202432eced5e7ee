import type { Metadata } from "next";
import Link from "next/link";
import { ContentList } from "@/components/admin/content-list";
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
      <ContentList
        basePath="/admin/comments"
        label="Search comments by text or author"
        noun={["comment", "comments"]}
        query={query}
        list={list}
      >
        {(comment) => (
          <>
            <p className="content-meta">
              <Link href={`/admin/members/${comment.author.id}`}>{comment.author.name}</Link> on{" "}
              <Link href={`/art/${comment.artwork.id}`}>{comment.artwork.title}</Link> · <RelativeTime date={comment.createdAt} now={now} />
            </p>
            <p className="content-text">{excerpt(comment.body, 300)}</p>
            <DeleteContentForm kind="comment" id={comment.id} idPrefix={`comment-${comment.id}`} />
          </>
        )}
      </ContentList>
    </>
  );
}
