import Link from "next/link";
import { ArtPicture } from "@/components/art-picture";
import type { ImageSet } from "@/lib/art/image-sets";

type ThumbnailArtwork = { thumbnail: ImageSet; placeholderUrl: string; dominantColor: string };

/**
 * A list row's square thumbnail, linking to the artwork. Out of the tab
 * order and hidden from screen readers: the row's title links there too.
 */
export function ArtworkThumbnailLink({ artwork, href }: { artwork: ThumbnailArtwork; href: string }) {
  return (
    <Link href={href} className="artwork-row-thumb" tabIndex={-1} aria-hidden="true">
      <ArtPicture
        image={artwork.thumbnail}
        alt=""
        width={artwork.thumbnail.fallback.width}
        height={artwork.thumbnail.fallback.height}
        sizes="96px"
        placeholderUrl={artwork.placeholderUrl}
        dominantColor={artwork.dominantColor}
      />
    </Link>
  );
}
