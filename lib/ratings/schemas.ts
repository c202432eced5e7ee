import { z } from "zod";
import { artworkIdSchema } from "@/lib/art/schemas";

export const rateArtworkSchema = z.object({
  artworkId: artworkIdSchema,
  // From a form the stars arrive as text: "4" is fine, "4.5", "6" or "abc" are not.
  value: z.coerce
    .number({ error: "Choose from 1 to 5 stars" })
    .int("Choose from 1 to 5 stars")
    .min(1, "Choose from 1 to 5 stars")
    .max(5, "Choose from 1 to 5 stars"),
});

export const removeRatingSchema = z.object({ artworkId: artworkIdSchema });
