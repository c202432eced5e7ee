import { ArtworkCard } from "@/components/artwork-card";
import { FavouriteHeart } from "@/components/favourite-heart";
import type { ArtworkCardData } from "@/lib/art/cards";
import { getCurrentUser } from "@/lib/auth/session";
import { favouritedAmong } from "@/lib/favourites/queries";

/**
 * The one grid every gallery uses; the first row is above the fold, so it
 * is not lazy. It reads the session and which of its cards the viewer
 * favourited itself, in one query, so every list has hearts.
 */
export async function ArtworkGrid({ artworks, emptyMessage }: { artworks: ArtworkCardData[]; emptyMessage: React.ReactNode }) {
  if (artworks.length === 0) return <p className="empty-state">{emptyMessage}</p>;
  const viewer = await getCurrentUser();
  const favourited = await favouritedAmong(
    viewer?.id,
    artworks.map((artwork) => artwork.id),
  );
  return (
    <ul className="artwork-grid">
      {artworks.map((artwork, index) => (
        <li key={artwork.id}>
          <ArtworkCard
            artwork={artwork}
            priority={index < 3}
            favourite={
              <FavouriteHeart
                artworkId={artwork.id}
                title={artwork.title}
                favourited={favourited.has(artwork.id)}
                count={artwork.favouriteCount}
                signedIn={viewer !== null}
                open={artwork.hidden === null}
              />
            }
          />
        </li>
      ))}
    </ul>
  );
}
