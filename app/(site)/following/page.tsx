import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Avatar } from "@/components/avatar";
import { KeysetPages } from "@/components/keyset-pages";
import { artworkCards } from "@/lib/art/cards";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { feedPage } from "@/lib/follows/feed";
import { followsAnyone } from "@/lib/follows/follows";
import { feedCursorParam, feedCursorSchema } from "@/lib/follows/schemas";
import { mostFollowedArtists, recentlyRatedArtists, type SuggestedArtist } from "@/lib/follows/suggestions";
import { FollowControl } from "./follow-control";
import "./follows.css";

export const metadata: Metadata = { title: "Following", robots: { index: false } };

/** Newest work of the artists the member follows, an "Older" link at a time (keyset: ?before=createdAt_id of the last card). */
export default async function FollowingPage({ searchParams }: PageProps<"/following">) {
  const viewer = await requireUser("/following");
  const before = feedCursorSchema.parse((await searchParams).before);
  const page = await feedPage(viewer.id, before);
  const cards = await artworkCards(page.ids);
  return (
    <>
      <hgroup>
        <h1>Following</h1>
        <p>The newest work of the artists you follow.</p>
      </hgroup>
      {cards.length > 0 || before ? (
        <>
          <ArtworkGrid artworks={cards} emptyMessage="Nothing older from the artists you follow." />
          <KeysetPages path="/following" onNewest={!before} olderCursor={page.next && feedCursorParam(page.next)} />
        </>
      ) : (
        <Suggestions viewer={viewer} />
      )}
    </>
  );
}

async function Suggestions({ viewer }: { viewer: SessionUser }) {
  const [mostFollowed, recentlyRated, following] = await Promise.all([
    mostFollowedArtists(viewer.id),
    recentlyRatedArtists(viewer.id),
    followsAnyone(viewer.id),
  ]);
  return (
    <section className="feed-empty" aria-labelledby="suggestions-heading">
      <p className="empty-state">
        {following
          ? "The artists you follow have not shared anything yet."
          : "You do not follow anyone yet. Their new work will show here."}
      </p>
      <h2 id="suggestions-heading">Artists to follow</h2>
      {mostFollowed.length + recentlyRated.length === 0 ? (
        <p>
          No suggestions yet: <Link href="/">browse the gallery</Link> and follow artists from their profiles.
        </p>
      ) : (
        <>
          <ArtistList title="Most followed" artists={mostFollowed} viewer={viewer} />
          <ArtistList title="Rated most this week" artists={recentlyRated} viewer={viewer} />
        </>
      )}
    </section>
  );
}

function ArtistList({ title, artists, viewer }: { title: string; artists: SuggestedArtist[]; viewer: SessionUser }) {
  if (artists.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="member-list">
        {artists.map((artist) => (
          <li key={artist.id}>
            <Avatar author={artist} size={40} />
            <Link className="member-name" href={artist.href}>
              {artist.name}
              <small>
                {" "}
                · {artist.followerCount.toLocaleString("en")} follower{artist.followerCount === 1 ? "" : "s"}
              </small>
            </Link>
            <FollowControl member={artist} viewer={viewer} following={false} returnTo="/following" />
          </li>
        ))}
      </ul>
    </>
  );
}
