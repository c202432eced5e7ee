import { z } from "zod";
import { artworkIdSchema } from "@/lib/art/schemas";

/**
 * The heart posts what it wants, not "toggle": a double submit, or a second
 * tab showing the old state, then asks for what is already so and changes
 * nothing, where a toggle would undo the first click.
 */
export const favouriteSchema = z.object({
  artworkId: artworkIdSchema,
  intent: z.enum(["add", "remove"], { error: "Choose to add or remove the favourite" }),
});

/** A checkbox: ticked sends "on", unticked sends nothing. */
export const favouritesPrivacySchema = z.object({
  favouritesPublic: z.preprocess((value) => value === "on", z.boolean()),
});
