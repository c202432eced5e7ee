import type { Metadata } from "next";
import Link from "next/link";
import { RelativeTime } from "@/components/relative-time";
import { dashboardSummary } from "@/lib/moderation/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function AdminDashboardPage() {
  const now = new Date();
  const { counts, latestMembers, latestArtwork } = await dashboardSummary(now);
  const figures = [
    { label: "Open reports", value: counts.openReports, href: "/admin/reports", note: null },
    { label: "Members", value: counts.members, href: "/admin/members", note: `${counts.bannedMembers} banned` },
    { label: "Artwork", value: counts.artwork, href: "/admin/artwork", note: `${counts.hiddenArtwork} hidden` },
    { label: "Comments", value: counts.comments, href: "/admin/comments", note: null },
    { label: "Chat rooms", value: counts.rooms, href: "/admin/rooms", note: null },
  ];
  return (
    <>
      <h2>Dashboard</h2>
      <ul className="admin-figures">
        {figures.map((figure) => (
          <li key={figure.label}>
            <Link href={figure.href}>
              <strong>{figure.value.toLocaleString("en")}</strong>
              <span>{figure.label}</span>
              {figure.note && <small>{figure.note}</small>}
            </Link>
          </li>
        ))}
      </ul>
      <div className="admin-latest">
        <section aria-labelledby="latest-members">
          <h3 id="latest-members">Latest sign-ups</h3>
          <ul>
            {latestMembers.map((member) => (
              <li key={member.id}>
                <Link href={`/admin/members/${member.id}`}>{member.username}</Link> <RelativeTime date={member.createdAt} now={now} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-artwork">
          <h3 id="latest-artwork">Latest uploads</h3>
          {latestArtwork.length === 0 ? (
            <p className="empty-state">Nothing uploaded yet.</p>
          ) : (
            <ul>
              {latestArtwork.map((artwork) => (
                <li key={artwork.id}>
                  <Link href={`/art/${artwork.id}`}>{artwork.title}</Link> by{" "}
                  <Link href={`/admin/members/${artwork.author.id}`}>{artwork.author.username}</Link>{" "}
                  <RelativeTime date={artwork.createdAt} now={now} />
                  {artwork.hiddenAt && <mark className="admin-tag">Hidden</mark>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
