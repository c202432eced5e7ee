import Link from "next/link";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Pagination } from "@/components/pagination";
import { SortControl } from "@/components/sort-control";
import { MutedTagsNote } from "@/components/muted-tags-note";
import { TagLinks } from "@/components/tag-links";
import { listArtworks, periodStart } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { mutedTagsHiding } from "@/lib/tags/muting";
import { popularTags } from "@/lib/tags/tags";
import { orderQuery, parseGalleryQuery, SORT_LABELS } from "@/lib/art/gallery-order";

export default async function GalleryPage({ searchParams }: PageProps<"/">) {
  const params = await searchParams;
  const { page, order } = parseGalleryQuery(params);
  const user = await getCurrentUser();
  const now = new Date();
  const [gallery, popular, muted] = await Promise.all([
    listArtworks({ page, order, viewerId: user?.id, now }),
    popularTags(user?.id),
    mutedTagsHiding(user?.id, { since: periodStart(order.period, now) }),
  ]);
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
      <TagLinks tags={popular.map((tag) => tag.name)} label="Popular tags" className="popular-tags" />
      <MutedTagsNote tags={muted} />
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
