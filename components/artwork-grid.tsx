import { ArtworkCard } from "@/components/artwork-card";
import type { ArtworkCardData } from "@/lib/art/queries";

/** The one grid every gallery uses; the first row is above the fold, so it is not lazy. */
export function ArtworkGrid({ artworks, emptyMessage }: { artworks: ArtworkCardData[]; emptyMessage: React.ReactNode }) {
  if (artworks.length === 0) return <p className="empty-state">{emptyMessage}</p>;
  return (
    <ul className="artwork-grid">
      {artworks.map((artwork, index) => (
        <li key={artwork.id}>
          <ArtworkCard artwork={artwork} priority={index < 3} />
        </li>
      ))}
    </ul>
  );
}
