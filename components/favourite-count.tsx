/** "3 favourites", the number shown and the word for screen readers. */
export function FavouriteCount({ count }: { count: number }) {
  return (
    <span className="favourite-count" aria-live="polite">
      {count}
      <span className="visually-hidden"> favourite{count === 1 ? "" : "s"}</span>
    </span>
  );
}
