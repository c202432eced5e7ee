import { z } from "zod";
import { lineText, multilineText } from "@/lib/validation/plain-text";
import { TITLE_MAX, DESCRIPTION_MAX } from "@/lib/validation/form-rules";
import { tagListSchema } from "@/lib/tags/schemas";

const title = lineText("title", { error: "Give your artwork a title" })
  .min(1, { message: "Give your artwork a title", abort: true })
  .max(TITLE_MAX, `The title must be at most ${TITLE_MAX} characters`);

const description = multilineText("description")
  .max(DESCRIPTION_MAX, `The description must be at most ${DESCRIPTION_MAX.toLocaleString("en")} characters`)
  .optional()
  .transform((value) => value ?? "");

/** Ids are cuids; anything else cannot name an artwork and is refused before a query. */
export const artworkIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "Unknown artwork");

/** Tags come with the words: the upload and the edit set them in the same transaction as the rest. */
export const artworkFieldsSchema = z.object({ title, description, tags: tagListSchema });
export const updateArtworkSchema = artworkFieldsSchema.extend({ artworkId: artworkIdSchema });
export const deleteArtworkSchema = z.object({ artworkId: artworkIdSchema });

export type ArtworkFields = z.infer<typeof artworkFieldsSchema>;

/** Most a member can select on one page of their artwork list, with room to spare. */
export const BULK_DELETE_MAX = 100;

export const deleteArtworksSchema = z.object({
  // None ticked sends nothing, one a single value, several an array.
  artworkIds: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(artworkIdSchema).min(1, "Select the artwork to delete").max(BULK_DELETE_MAX, `Select at most ${BULK_DELETE_MAX} at a time`),
  ),
  confirm: z.literal("yes", { error: "Tick this box to confirm that the artwork and its files go for good" }),
});
