"use client";

import { useEffect, useState } from "react";
import { readRecentArtwork, requestedPath, type RecentArtwork } from "@/lib/pwa/recent-artwork";
import { artworkIdFromPath } from "@/lib/pwa/worker/policy";

type Found = { requested: string; featured: RecentArtwork | null; others: RecentArtwork[] };

/** The offline message, the artwork that was asked for if it was seen lately, and the rest of what was seen. */
export function OfflineArtwork() {
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    const requested = requestedPath();
    const wantedId = artworkIdFromPath(requested);
    void readRecentArtwork()
      .catch(() => [])
      .then((recent) => {
        const featured = recent.find((item) => item.id === wantedId) ?? null;
        setFound({ requested, featured, others: recent.filter((item) => item !== featured) });
      });
  }, []);

  const featured = found?.featured;
  return (
    <>
      <h1>{featured ? `You are offline — here is ${featured.title} as you last saw it` : "You are offline"}</h1>
      <p>
        {featured ? "The rest of its page needs a connection." : "This page needs a connection."}{" "}
        <button type="button" className="secondary outline" onClick={() => window.location.assign(found?.requested ?? "/")}>
          Try again
        </button>
      </p>
      {featured && (
        <figure className="offline-featured">
          {/* eslint-disable-next-line @next/next/no-img-element -- the exact cached file, not a new optimised one */}
          <img src={featured.imageUrl} alt={featured.title} />
          <figcaption>
            {featured.title} by {featured.artist}
          </figcaption>
        </figure>
      )}
      {found && (found.others.length > 0 || !featured) && <RecentlyViewed artworks={found.others} />}
    </>
  );
}

function RecentlyViewed({ artworks }: { artworks: RecentArtwork[] }) {
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently viewed</h2>
      {artworks.length === 0 ? (
        <p className="empty-state">Nothing saved for offline yet: artwork you look at while online is kept here.</p>
      ) : (
        <ul className="artwork-grid recent-artwork">
          {artworks.map((artwork) => (
            <li key={artwork.id}>
              <article className="artwork-card">
                <a href={`/art/${artwork.id}`} className="artwork-card-image">
                  {/* eslint-disable-next-line @next/next/no-img-element -- the exact cached file */}
                  <img src={artwork.imageUrl} alt={artwork.title} />
                </a>
                <h3 className="artwork-card-title">
                  <a href={`/art/${artwork.id}`}>{artwork.title}</a>
                </h3>
                <p className="artwork-card-meta">{artwork.artist}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
