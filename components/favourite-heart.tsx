import { FavouriteButton, type FavouriteShown } from "@/components/favourite-button";
import { FavouriteCount } from "@/components/favourite-count";

type FavouriteHeartProps = FavouriteShown & { artworkId: string; title: string; signedIn: boolean; open?: boolean };

/**
 * A card's or an artwork page's heart: the toggle for a member, a way to
 * log in (and come back) for a visitor, the bare count where nothing can
 * change it (artwork hidden by moderators).
 */
export function FavouriteHeart({ artworkId, title, favourited, count, signedIn, open = true }: FavouriteHeartProps) {
  if (!open) return <FavouriteCount count={count} />;
  if (signedIn) return <FavouriteButton artworkId={artworkId} title={title} favourited={favourited} count={count} />;
  const name = `Log in to add ${title} to favourites`;
  return (
    <span className="favourite">
      <a href={`/login?callbackUrl=${encodeURIComponent(`/art/${artworkId}`)}`} className="favourite-button" aria-label={name} title={name}>
        <span aria-hidden="true">♡</span>
      </a>
      <FavouriteCount count={count} />
    </span>
  );
}
