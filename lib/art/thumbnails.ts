import { toImageSet, type ImageSet } from "@/lib/art/image-sets";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorSelect, toAuthorSummary, type AuthorSummary } from "@/lib/users/authors";

/** An artwork as every list shows it: its thumbnail, with the placeholder and colour shown until it loads, and its artist. */
export type ArtworkThumbnail = {
  id: string;
  title: string;
  dominantColor: string;
  placeholderUrl: string;
  thumbnail: ImageSet;
  author: AuthorSummary;
};

/** What an ArtworkThumbnail is read from: the galleries and the moderators' list select it, with their own columns added. */
export const artworkThumbnailSelect = {
  id: true,
  title: true,
  placeholderUrl: true,
  dominantColor: true,
  author: { select: authorSelect },
  variants: { where: { kind: "THUMB" }, select: { format: true, width: true, height: true, key: true } },
} satisfies Prisma.ArtworkSelect;

export function toArtworkThumbnail(row: Prisma.ArtworkGetPayload<{ select: typeof artworkThumbnailSelect }>): ArtworkThumbnail {
  return {
    id: row.id,
    title: row.title,
    dominantColor: row.dominantColor,
    placeholderUrl: row.placeholderUrl,
    thumbnail: toImageSet(row.variants),
    author: toAuthorSummary(row.author),
  };
}
