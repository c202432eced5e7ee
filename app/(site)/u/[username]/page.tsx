import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Avatar } from "@/components/avatar";
import { Pagination } from "@/components/pagination";
import { ReportLink } from "@/components/report-link";
import { SortControl } from "@/components/sort-control";
import { listArtworks } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { decodePathSegment } from "@/lib/http/path-segments";
import { getProfile, renamedProfileHref } from "@/lib/users/profiles";
import { pageHref } from "@/lib/paging/links";
import { ProfileRelations } from "../../following/profile-relations";
import { orderQuery, parseGalleryQuery, type Period, type Sort } from "@/lib/art/gallery-order";

const profileOf = cache(getProfile);
/** includeHidden for the artist themselves: what moderators hid stays in their own gallery, marked, and nobody else's. */
const worksOf = cache((authorId: string, page: number, sort: Sort = "new", period: Period = "all", includeHidden = false) =>
  listArtworks({ page, authorId, includeHidden, order: { sort, period } }),
);

/**
 * The member an address names; nobody for one whose %-escapes do not decode.
 * Next.js hands the page the segment still escaped but generateMetadata one
 * decoded already (vercel/next.js#95343), so "/u/%25" arrives there as a
 * lone "%": both decode it, and neither may throw.
 */
async function profileAt(segment: string) {
  const username = decodePathSegment(segment);
  return username === null ? null : profileOf(username);
}

export async function generateMetadata({ params }: PageProps<"/u/[username]">): Promise<Metadata> {
  const profile = await profileAt((await params).username);
  if (!profile) return { title: "Artist not found" };
  const description = profile.bio || `${profile.name}'s artwork on Artist Collective.`;
  // A shared profile link shows the artist's newest work.
  const newest = (await worksOf(profile.id, 1)).items[0]?.thumbnail.webp.at(-1);
  return {
    title: profile.name,
    description,
    openGraph: {
      type: "profile",
      title: profile.name,
      description,
      username: profile.username,
      images: newest ? [{ url: newest.url, width: newest.width, height: newest.height }] : undefined,
    },
  };
}

export default async function ProfilePage({ params, searchParams }: PageProps<"/u/[username]">) {
  const username = decodePathSegment((await params).username);
  if (username === null) notFound();
  const query = await searchParams;
  const { page, order } = parseGalleryQuery(query);
  const [profile, viewer] = await Promise.all([profileOf(username), getCurrentUser()]);
  if (!profile) {
    // A renamed member's old links (with their order and page) lead to their new address.
    const movedTo = await renamedProfileHref(username);
    if (movedTo) permanentRedirect(pageHref(movedTo, orderQuery(order), page));
    notFound();
  }
  const gallery = await worksOf(profile.id, page, order.sort, order.period, viewer?.id === profile.id);
  const works = profile.artworkCount;
  return (
    <>
      <header className="profile-header">
        <Avatar author={profile} size={96} />
        <hgroup>
          <h1>{profile.name}</h1>
          <p>
            @{profile.username} · joined {profile.joinedAt.toLocaleDateString("en", { month: "long", year: "numeric", timeZone: "UTC" })} ·{" "}
            {works} work{works === 1 ? "" : "s"}
            {viewer?.id !== profile.id && (
              <>
                {" · "}
                <ReportLink type="MEMBER" id={profile.id} what={profile.name} />
              </>
            )}
          </p>
        </hgroup>
      </header>
      <ProfileRelations profile={profile} viewer={viewer} />
      {profile.bio && <p className="profile-bio">{profile.bio}</p>}
      <SortControl order={order} action={profile.href} />
      <ArtworkGrid artworks={gallery.items} emptyMessage={`${profile.name} has not shared any artwork yet.`} />
      <Pagination list={gallery} basePath={profile.href} query={orderQuery(order)} />
    </>
  );
}
