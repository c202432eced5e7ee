import Link from "next/link";
import { redirect } from "next/navigation";
import { ArtworkGrid } from "@/components/artwork-grid";
import { Pagination } from "@/components/pagination";
import { listArtworks } from "@/lib/art/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { parsePage } from "@/lib/validation/paging";

export default async function GalleryPage({ searchParams }: PageProps<"/">) {
  const page = parsePage((await searchParams).page);
  const [user, gallery] = await Promise.all([getCurrentUser(), listArtworks({ page })]);
  if (page > gallery.pageCount) redirect(gallery.pageCount === 1 ? "/" : `/?page=${gallery.pageCount}`);
  return (
    <>
      <header className="page-intro">
        <hgroup>
          <h1>Gallery</h1>
          <p>New work from the collective, newest first.</p>
        </hgroup>
        <Link href={user ? "/upload" : "/register"} role="button">
          {user ? "Upload your art" : "Join the collective"}
        </Link>
      </header>
      <ArtworkGrid
        artworks={gallery.items}
        emptyMessage={
          <>
            No artwork yet. <Link href="/upload">Be the first to upload</Link>.
          </>
        }
      />
      <Pagination page={gallery.page} pageCount={gallery.pageCount} basePath="/" />
    </>
  );
}
