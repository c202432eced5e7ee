import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionButton } from "@/components/action-button";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Pagination } from "@/components/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { getCollection, listCollectionItems } from "@/lib/collections/queries";
import { decodePathSegment } from "@/lib/http/path-segments";
import { pagedListQuery } from "@/lib/paging/list-query";
import { memberAt } from "../../member-at";
import { removeCollection, saveCollection } from "../actions";
import { CollectionForm } from "../collection-form";
import { ArrangeItems } from "./arrange-items";

/** Private collections are "not found" for everyone but their owner, page and metadata alike. */
const collectionAt = cache(async (username: string, slug: string) => {
  const [profile, viewer] = await Promise.all([memberAt(username), getCurrentUser()]);
  const decoded = decodePathSegment(slug);
  const collection = decoded === null ? null : await getCollection(profile.id, decoded, viewer?.id);
  if (!collection) notFound();
  return { profile, viewer, collection };
});

export async function generateMetadata({ params }: PageProps<"/u/[username]/collections/[slug]">): Promise<Metadata> {
  const { username, slug } = await params;
  const { profile, collection } = await collectionAt(username, slug);
  return {
    title: `${collection.title} · a collection by ${profile.name}`,
    description: collection.description || undefined,
    robots: collection.isPublic ? undefined : { index: false, follow: false },
  };
}

export default async function CollectionPage({ params, searchParams }: PageProps<"/u/[username]/collections/[slug]">) {
  const { username, slug } = await params;
  const { profile, viewer, collection } = await collectionAt(username, slug);
  const { page } = pagedListQuery.parse(await searchParams);
  const items = await listCollectionItems(collection.id, viewer?.id, page);
  const own = viewer?.id === profile.id;
  const href = `${profile.href}/collections/${collection.slug}`;
  return (
    <>
      <hgroup>
        <h1>{collection.title}</h1>
        <p>
          A collection by <Link href={profile.href}>{profile.name}</Link> · {collection.itemCount} artwork
          {collection.itemCount === 1 ? "" : "s"}
          {!collection.isPublic && " · private: only you can see it"} · <Link href={`${profile.href}/collections`}>All collections</Link>
        </p>
      </hgroup>
      {collection.description && <p className="collection-description">{collection.description}</p>}
      <ArtworkGrid
        artworks={items.items}
        emptyMessage={own ? "Empty so far: add artwork from its page, under “Collections”." : "This collection is empty."}
      />
      <Pagination list={items} basePath={href} />
      {own && (
        <section className="owner-tools" aria-label="Manage your collection">
          {items.items.length > 0 && (
            <details>
              <summary>Arrange and remove artwork</summary>
              <ArrangeItems collectionId={collection.id} items={items.items} />
            </details>
          )}
          <details>
            <summary>Edit title, description and who sees it</summary>
            <CollectionForm action={saveCollection} collection={collection} submitLabel="Save collection" />
          </details>
          <details>
            <summary>Delete collection…</summary>
            <p>This removes the collection, not the artwork in it. It cannot be undone.</p>
            <ActionButton
              action={removeCollection}
              fields={{ collectionId: collection.id }}
              label="Delete collection"
              className="contrast"
            />
          </details>
        </section>
      )}
    </>
  );
}
