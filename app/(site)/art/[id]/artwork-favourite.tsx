import { FavouriteHeart } from "@/components/favourite-heart";
import { favouriteStateOf } from "@/lib/favourites/queries";

/** The artwork page's heart and count; favouriting is closed while moderators keep the artwork hidden. */
export async function ArtworkFavourite({
  artwork,
  viewerId,
}: {
  artwork: { id: string; title: string; hidden: unknown };
  viewerId?: string;
}) {
  const state = await favouriteStateOf(artwork.id, viewerId);
  return (
    <section className="artwork-favourite" aria-label="Favourites">
      <FavouriteHeart artworkId={artwork.id} title={artwork.title} {...state} signedIn={viewerId !== undefined} open={!artwork.hidden} />
    </section>
  );
}
