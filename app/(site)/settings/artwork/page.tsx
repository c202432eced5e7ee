import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ArtworkThumbnailLink } from "@/components/artwork-thumbnail-link";
import { EditArtworkForm } from "@/components/edit-artwork-form";
import { HiddenByModerators } from "@/components/hidden-by-moderators";
import { Pagination } from "@/components/pagination";
import { listOwnArtworks, type OwnArtwork } from "@/lib/art/queries";
import { storageUsedBy, storageUseText } from "@/lib/art/storage-quota";
import { requireUser } from "@/lib/auth/session";
import { pagedListQuery } from "@/lib/paging/list-query";
import { tagsOfArtworks } from "@/lib/tags/artwork-tags";
import { saveArtworkDetails } from "@/app/(site)/art/[id]/actions";
import { deleteSelectedArtworks } from "./actions";
import { BULK_DELETE_FORM_ID, BulkDeleteForm } from "./bulk-delete-form";

export const metadata: Metadata = { title: "My artwork" };

const SETTINGS_PATH = "/settings/artwork";

export default async function MyArtworkPage({ searchParams }: PageProps<"/settings/artwork">) {
  const user = await requireUser(SETTINGS_PATH);
  const { page } = pagedListQuery.parse(await searchParams);
  const [list, usedBytes] = await Promise.all([listOwnArtworks(user.id, page), storageUsedBy(user.id)]);
  // The whole page's tags in one query, for the edit forms.
  const tags = await tagsOfArtworks(list.items.map((artwork) => artwork.id));
  return (
    <>
      <h2>My artwork</h2>
      {list.total === 0 ? (
        <p>
          You have not shared any artwork yet. <Link href="/upload">Upload your first piece</Link>.
        </p>
      ) : (
        <>
          <p>
            {list.total} artwork{list.total === 1 ? "" : "s"}, newest first. Tick several to delete them together.
          </p>
          <p>{storageUseText(usedBytes)}</p>
          <ul className="own-artworks">
            {list.items.map((artwork) => (
              <OwnArtworkRow key={artwork.id} artwork={artwork} tags={tags.get(artwork.id) ?? []} />
            ))}
          </ul>
          <Pagination list={list} basePath={SETTINGS_PATH} />
        </>
      )}
      {/* Outside the branches, so its "Deleted …" message outlives the last rows. */}
      <BulkDeleteForm hasArtwork={list.total > 0} />
    </>
  );
}

function OwnArtworkRow({ artwork, tags }: { artwork: OwnArtwork; tags: string[] }) {
  const rating = artwork.averageRating === null ? "No ratings" : `★ ${artwork.averageRating.toFixed(1)} from ${artwork.ratingCount}`;
  const comments = `${artwork.commentCount} comment${artwork.commentCount === 1 ? "" : "s"}`;
  return (
    <li className="own-artwork">
      <input type="checkbox" name="artworkIds" value={artwork.id} form={BULK_DELETE_FORM_ID} aria-label={`Select “${artwork.title}”`} />
      <ArtworkThumbnailLink artwork={artwork} href={artwork.href} />
      <div className="artwork-row-body">
        <h3>
          <Link href={artwork.href}>{artwork.title}</Link>
        </h3>
        <p className="own-artwork-facts">
          <time dateTime={artwork.createdAt.toISOString()}>
            {artwork.createdAt.toLocaleDateString("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}
          </time>{" "}
          · {rating} · {comments}
        </p>
        {artwork.hidden && <HiddenByModerators reason={artwork.hidden.reason} />}
        <details>
          <summary>
            Edit details<span className="visually-hidden"> of “{artwork.title}”</span>
          </summary>
          <EditArtworkForm
            action={saveArtworkDetails}
            artworkId={artwork.id}
            title={artwork.title}
            description={artwork.description}
            tags={tags}
          />
        </details>
        <details>
          <summary>
            Delete<span className="visually-hidden"> “{artwork.title}”</span>…
          </summary>
          <p>This removes the artwork, every size of its image and its comments. It cannot be undone.</p>
          <ActionButton
            action={deleteSelectedArtworks}
            fields={{ artworkIds: artwork.id, confirm: "yes" }}
            label={`Delete “${artwork.title}” permanently`}
            className="contrast"
          />
        </details>
      </div>
    </li>
  );
}
