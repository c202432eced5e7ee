import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkThumbnailLink } from "@/components/artwork-thumbnail-link";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/moderation/guard";
import { listArtworkForAdmin, type AdminArtworkRow } from "@/lib/moderation/artwork/queries";
import { artworkListQuery, type AdminArtworkQuery } from "@/lib/moderation/artwork/schemas";
import { SEARCH_MAX } from "@/lib/paging/list-query";
import { ArtworkActions } from "./artwork-actions";

export const metadata: Metadata = { title: "Artwork" };

const BASE_PATH = "/admin/artwork";

export default async function AdminArtworkPage({ searchParams }: PageProps<"/admin/artwork">) {
  await requireAdmin();
  const query = artworkListQuery.parse(await searchParams);
  const list = await listArtworkForAdmin(query);
  return (
    <>
      <h2>Artwork</h2>
      <SearchForm query={query} />
      <p aria-live="polite">
        {list.total} artwork{list.total === 1 ? "" : "s"}
        {query.q && <> matching “{query.q}”</>}
        {query.show !== "all" && <> ({query.show} only)</>}, newest first.
      </p>
      {list.items.length > 0 && (
        <ul className="admin-artworks">
          {list.items.map((artwork) => (
            <ArtworkRow key={artwork.id} artwork={artwork} />
          ))}
        </ul>
      )}
      <Pagination list={list} basePath={BASE_PATH} query={artworkListQuery.params(query)} />
    </>
  );
}

/** A plain GET form: the search lives in the address, so it can be linked and reloaded. */
function SearchForm({ query }: { query: AdminArtworkQuery }) {
  return (
    <form method="get" action={BASE_PATH} role="search" className="admin-filters">
      <label htmlFor="artwork-search">
        Title or artist
        <input id="artwork-search" type="search" name="q" defaultValue={query.q} maxLength={SEARCH_MAX} />
      </label>
      <label htmlFor="artwork-show">
        Show
        <select id="artwork-show" name="show" defaultValue={query.show}>
          <option value="all">All artwork</option>
          <option value="hidden">Hidden only</option>
          <option value="visible">Visible only</option>
        </select>
      </label>
      <button type="submit">Search artwork</button>
    </form>
  );
}

function ArtworkRow({ artwork }: { artwork: AdminArtworkRow }) {
  return (
    <li className="admin-artwork">
      <ArtworkThumbnailLink artwork={artwork} href={`/art/${artwork.id}`} />
      <div className="artwork-row-body admin-artwork-body">
        <h3>
          <Link href={`/art/${artwork.id}`}>{artwork.title}</Link>
        </h3>
        <p>
          by <Link href={`/admin/members/${artwork.authorId}`}>{artwork.author.name}</Link> ·{" "}
          <time dateTime={artwork.createdAt.toISOString()}>
            {artwork.createdAt.toLocaleDateString("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}
          </time>
        </p>
        {artwork.hidden ? (
          <p className="admin-artwork-state hidden-by-moderators">
            <strong>Hidden</strong> since{" "}
            <time dateTime={artwork.hidden.at.toISOString()}>
              {artwork.hidden.at.toLocaleDateString("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}
            </time>
            : {artwork.hidden.reason}
          </p>
        ) : (
          <p className="admin-artwork-state">Visible</p>
        )}
        <ArtworkActions artworkId={artwork.id} title={artwork.title} hidden={artwork.hidden !== null} />
      </div>
    </li>
  );
}
