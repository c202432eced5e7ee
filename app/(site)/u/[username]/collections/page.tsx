import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { listCollections } from "@/lib/collections/queries";
import { pagedListQuery } from "@/lib/paging/list-query";
import { memberAt } from "../member-at";
import { ProfileTabs } from "../profile-tabs";
import { startCollection } from "./actions";
import { CollectionForm } from "./collection-form";

export async function generateMetadata({ params }: PageProps<"/u/[username]/collections">): Promise<Metadata> {
  const profile = await memberAt((await params).username);
  return { title: `${profile.name}'s collections` };
}

export default async function CollectionsPage({ params, searchParams }: PageProps<"/u/[username]/collections">) {
  const [profile, viewer] = await Promise.all([memberAt((await params).username), getCurrentUser()]);
  const { page } = pagedListQuery.parse(await searchParams);
  const collections = await listCollections(profile.id, viewer?.id, page);
  const own = viewer?.id === profile.id;
  const href = `${profile.href}/collections`;
  return (
    <>
      <hgroup>
        <h1>{profile.name}&rsquo;s collections</h1>
        <p>
          <Link href={profile.href}>@{profile.username}</Link>
        </p>
      </hgroup>
      <ProfileTabs href={profile.href} current="collections" />
      {collections.items.length === 0 ? (
        <p className="empty-state">{own ? "No collections yet: start one below." : `${profile.name} has no public collections.`}</p>
      ) : (
        <ul className="collection-list">
          {collections.items.map((collection) => (
            <li key={collection.id}>
              <article>
                <h2>
                  <Link href={`${href}/${collection.slug}`}>{collection.title}</Link>
                </h2>
                <p>
                  {collection.itemCount} artwork{collection.itemCount === 1 ? "" : "s"}
                  {!collection.isPublic && " · private"}
                </p>
                {collection.description && <p className="collection-description">{collection.description}</p>}
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination list={collections} basePath={href} />
      {own && (
        <section aria-labelledby="new-collection-heading">
          <h2 id="new-collection-heading">Start a collection</h2>
          <CollectionForm action={startCollection} submitLabel="Create collection" />
        </section>
      )}
    </>
  );
}
