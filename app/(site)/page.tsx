import Link from "next/link";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Pagination } from "@/components/pagination";
import { SortControl } from "@/components/sort-control";
import { listArtworks } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { orderQuery, parseGalleryQuery, SORT_LABELS } from "@/lib/art/gallery-order";

export default async function GalleryPage({ searchParams }: PageProps<"/">) {
  const params = await searchParams;
  const { page, order } = parseGalleryQuery(params);
  const [user, gallery] = await Promise.all([getCurrentUser(), listArtworks({ page, order })]);
  return (
    <>
      {/* Where a deleted account is sent; a member who is signed in has no account to have lost. */}
      {params.account === "deleted" && !user && (
        <p role="status" className="notice">
          Your account and everything in it have been deleted.
        </p>
      )}
      <header className="page-intro">
        <hgroup>
          <h1>Gallery</h1>
          <p>Work from the collective: {SORT_LABELS[order.sort].toLowerCase()} first.</p>
        </hgroup>
        <Link href={user ? "/upload" : "/register"} role="button">
          {user ? "Upload your art" : "Join the collective"}
        </Link>
      </header>
      <SortControl order={order} action="/" />
      <ArtworkGrid
        artworks={gallery.items}
        emptyMessage={
          <>
            No artwork yet. <Link href="/upload">Be the first to upload</Link>.
          </>
        }
      />
      <Pagination list={gallery} basePath="/" query={orderQuery(order)} />
    </>
  );
}
