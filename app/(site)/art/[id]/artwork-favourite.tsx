import { FavouriteHeart } from "@/components/favourite-heart";
import { favouritedAmong } from "@/lib/favourites/queries";

/** The artwork page's heart and count; favouriting is closed while moderators keep the artwork hidden. */
export async function ArtworkFavourite({
  artwork,
  viewerId,
}: {
  artwork: { id: string; title: string; favouriteCount: number; hidden: unknown };
  viewerId?: string;
}) {
  const state = { favourited: (await favouritedAmong(viewerId, [artwork.id])).has(artwork.id), count: artwork.favouriteCount };
  return (
    <section className="artwork-favourite" aria-label="Favourites">
      <FavouriteHeart artworkId={artwork.id} title={artwork.title} {...state} signedIn={viewerId !== undefined} open={!artwork.hidden} />
    </section>
  );
}
