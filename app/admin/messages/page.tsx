import type { Metadata } from "next";
import Link from "next/link";
import { ContentList } from "@/components/admin/content-list";
import { RelativeTime } from "@/components/relative-time";
import { listMessagesForAdmin } from "@/lib/moderation/content/queries";
import { requireAdmin } from "@/lib/moderation/guard";
import { excerpt } from "@/lib/moderation/audit/record";
import { contentListQuery } from "@/lib/moderation/content/schemas";
import { DeleteContentForm } from "../delete-content-form";

export const metadata: Metadata = { title: "Chat messages" };

export default async function AdminMessagesPage({ searchParams }: PageProps<"/admin/messages">) {
  await requireAdmin();
  const query = contentListQuery.parse(await searchParams);
  const list = await listMessagesForAdmin(query);
  const now = new Date();
  return (
    <>
      <h2>Chat messages</h2>
      <ContentList
        basePath="/admin/messages"
        label="Search messages by text or author"
        noun={["message", "messages"]}
        query={query}
        list={list}
      >
        {(message) => (
          <>
            <p className="content-meta">
              <Link href={`/admin/members/${message.author.id}`}>{message.author.name}</Link> in{" "}
              <Link href={`/chat/${message.room.slug}`}>{message.room.name}</Link> · <RelativeTime date={message.createdAt} now={now} />
            </p>
            <p className="content-text">{excerpt(message.body, 300)}</p>
            <DeleteContentForm kind="message" id={String(message.id)} idPrefix={`message-${message.id}`} />
          </>
        )}
      </ContentList>
    </>
  );
}
