import { z } from "zod";
import { optionalReasonSchema, recordIdSchema, requiredReasonSchema } from "@/lib/moderation/schemas";
import { parsePage } from "@/lib/validation/paging";
import { searchTerm } from "@/lib/validation/plain-text";

export const ARTWORK_FILTERS = ["all", "hidden", "visible"] as const;
export type ArtworkFilter = (typeof ARTWORK_FILTERS)[number];

/** Long enough for any title or name, short enough to keep a search cheap. */
export const ARTWORK_SEARCH_MAX = 100;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * /admin/artwork?q=…&show=…&page=…: anything odd in the address falls back
 * to the plain list instead of an error page, as the galleries do.
 */
const listQuerySchema = z.object({
  q: z.preprocess(firstValue, z.string().overwrite(searchTerm).max(ARTWORK_SEARCH_MAX)).catch(""),
  show: z.preprocess(firstValue, z.enum(ARTWORK_FILTERS)).catch("all"),
});

export type AdminArtworkQuery = { q: string; show: ArtworkFilter; page: number };

export function parseAdminArtworkQuery(searchParams: Record<string, string | string[] | undefined>): AdminArtworkQuery {
  return { ...listQuerySchema.parse(searchParams), page: parsePage(searchParams.page) };
}

const artworkId = recordIdSchema("artwork");

export const hideArtworkSchema = z.object({ artworkId, reason: requiredReasonSchema });
export const unhideArtworkSchema = z.object({ artworkId, reason: optionalReasonSchema });
export const deleteArtworkAsAdminSchema = z.object({ artworkId, reason: optionalReasonSchema });
