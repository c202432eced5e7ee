import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Pagination } from "@/components/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { listFavourites } from "@/lib/favourites/queries";
import { pagedListQuery } from "@/lib/paging/list-query";
import { memberAt } from "../member-at";
import { ProfileTabs } from "../profile-tabs";

export async function generateMetadata({ params }: PageProps<"/u/[username]/favourites">): Promise<Metadata> {
  const profile = await memberAt((await params).username);
  return { title: `${profile.name}'s favourites`, robots: { index: false } };
}

export default async function FavouritesPage({ params, searchParams }: PageProps<"/u/[username]/favourites">) {
  const [profile, viewer] = await Promise.all([memberAt((await params).username), getCurrentUser()]);
  const { page } = pagedListQuery.parse(await searchParams);
  const favourites = await listFavourites(profile.id, viewer?.id, page);
  const own = viewer?.id === profile.id;
  const href = `${profile.href}/favourites`;
  return (
    <>
      <hgroup>
        <h1>{profile.name}&rsquo;s favourites</h1>
        <p>
          <Link href={profile.href}>@{profile.username}</Link>
          {own && (
            <>
              {" · "}
              <Link href="/settings/privacy">Who sees my favourites</Link>
            </>
          )}
        </p>
      </hgroup>
      <ProfileTabs href={profile.href} current="favourites" />
      {favourites.private ? (
        <p className="empty-state private-state" role="note">
          {profile.name} keeps their favourites private.
        </p>
      ) : (
        <>
          <ArtworkGrid
            artworks={favourites.page.items}
            emptyMessage={own ? "Nothing yet: the heart on any artwork adds it here." : `${profile.name} has no favourites yet.`}
          />
          <Pagination list={favourites.page} basePath={href} query={new URLSearchParams()} />
        </>
      )}
    </>
  );
}
