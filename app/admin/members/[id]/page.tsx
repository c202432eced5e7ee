import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RelativeTime } from "@/components/relative-time";
import { requireAdmin } from "@/lib/moderation/guard";
import { getMemberDetail } from "@/lib/moderation/members/queries";
import { excerpt } from "@/lib/moderation/audit/record";
import { AUDIT_ACTION_LABELS } from "@/lib/moderation/audit/labels";
import { MemberStatus, formatDay } from "../member-status";
import { MemberActions } from "./member-actions";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({ params }: PageProps<"/admin/members/[id]">) {
  const viewer = await requireAdmin();
  const member = await getMemberDetail((await params).id);
  if (!member) notFound();
  const now = new Date();
  return (
    <>
      <p>
        <Link href="/admin/members">← All members</Link>
      </p>
      <h2>{member.username}</h2>
      <dl className="member-summary">
        <dt>Profile</dt>
        <dd>
          <Link href={`/u/${encodeURIComponent(member.username)}`}>{member.displayName || member.username}</Link>
        </dd>
        <dt>Role</dt>
        <dd>{member.role === "ADMIN" ? "Admin" : "Member"}</dd>
        <dt>Status</dt>
        <dd>
          <MemberStatus ban={member.ban} />
          {member.ban?.reason && <> — {member.ban.reason}</>}
        </dd>
        <dt>Joined</dt>
        <dd>
          <time dateTime={member.createdAt.toISOString()}>{formatDay(member.createdAt)}</time>
        </dd>
      </dl>

      <section aria-labelledby="member-actions-heading">
        <h3 id="member-actions-heading">Actions</h3>
        <MemberActions member={member} viewerId={viewer.id} />
      </section>

      <RecentSection
        id="member-artwork"
        heading={`Artwork (${member._count.artworks})`}
        items={member.artworks}
        total={member._count.artworks}
        empty="No artwork."
      >
        {(artwork) => (
          <>
            <Link href={`/art/${artwork.id}`}>{artwork.title}</Link>{" "}
            {artwork.hiddenAt && <mark className="hidden-mark">hidden: {artwork.hiddenReason}</mark>}{" "}
            <RelativeTime date={artwork.createdAt} now={now} />
          </>
        )}
      </RecentSection>

      <RecentSection
        id="member-comments"
        heading={`Comments (${member._count.comments})`}
        items={member.comments}
        total={member._count.comments}
        empty="No comments."
      >
        {(comment) => (
          <>
            “{excerpt(comment.body)}” on <Link href={`/art/${comment.artwork.id}`}>{comment.artwork.title}</Link>{" "}
            <RelativeTime date={comment.createdAt} now={now} />
          </>
        )}
      </RecentSection>

      <RecentSection
        id="member-messages"
        heading={`Chat messages (${member._count.chatMessages})`}
        items={member.chatMessages}
        total={member._count.chatMessages}
        empty="No chat messages."
      >
        {(message) => (
          <>
            “{excerpt(message.body)}” in <Link href={`/chat/${message.room.slug}`}>{message.room.name}</Link>{" "}
            <RelativeTime date={message.createdAt} now={now} />
          </>
        )}
      </RecentSection>

      <RecentSection
        id="member-history"
        heading="Moderation history"
        items={member.history}
        total={member.history.length}
        empty="No moderation actions yet."
      >
        {(entry) => (
          <>
            <strong>{AUDIT_ACTION_LABELS[entry.action]}</strong> {entry.targetType === "MEMBER" ? "" : `“${entry.targetLabel}” `}by{" "}
            {entry.adminName} <RelativeTime date={entry.createdAt} now={now} />
            {entry.detail && <> ({entry.detail})</>}
            {entry.reason && <> — {entry.reason}</>}
          </>
        )}
      </RecentSection>
    </>
  );
}

/** A heading and the member's latest items of one kind, saying when there are more. */
function RecentSection<T extends { id: string | number }>(props: {
  id: string;
  heading: string;
  items: T[];
  total: number;
  empty: string;
  children: (item: T) => React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.heading}</h3>
      {props.items.length === 0 ? <p>{props.empty}</p> : <RecentItems {...props} />}
    </section>
  );
}

function RecentItems<T extends { id: string | number }>(props: { items: T[]; total: number; children: (item: T) => React.ReactNode }) {
  return (
    <>
      <ul className="member-recent">
        {props.items.map((item) => (
          <li key={item.id}>{props.children(item)}</li>
        ))}
      </ul>
      {props.total > props.items.length && (
        <p>
          The latest {props.items.length} of {props.total}.
        </p>
      )}
    </>
  );
}
