import { z } from "zod";
import { optionalReasonSchema, recordIdSchema, requiredReasonSchema } from "@/lib/moderation/schemas";
import { choiceQuery, listQuery, searchQuery } from "@/lib/paging/list-query";

export const ARTWORK_FILTERS = ["all", "hidden", "visible"] as const;
export type ArtworkFilter = (typeof ARTWORK_FILTERS)[number];

/** /admin/artwork?q=…&show=…&page=…: a title or artist to search for, and hidden or visible only. */
export const artworkListQuery = listQuery({ q: searchQuery, show: choiceQuery(ARTWORK_FILTERS, "all") });
export type AdminArtworkQuery = ReturnType<typeof artworkListQuery.parse>;

const artworkId = recordIdSchema("artwork");

export const hideArtworkSchema = z.object({ artworkId, reason: requiredReasonSchema });
export const unhideArtworkSchema = z.object({ artworkId, reason: optionalReasonSchema });
export const deleteArtworkAsAdminSchema = z.object({ artworkId, reason: optionalReasonSchema });
