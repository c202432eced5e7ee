"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { deleteArtworks } from "@/lib/art/manage";
import { deleteArtworksSchema } from "@/lib/art/schemas";

/** One or several of the member's own artworks; if any of them is not theirs (an edited request), none go. */
export const deleteSelectedArtworks = authenticatedAction(deleteArtworksSchema, async ({ artworkIds }, user) => {
  const deleted = await deleteArtworks(artworkIds, user.id);
  if (!deleted.ok) return toFormState(deleted);
  revalidatePath("/", "layout");
  const count = artworkIds.length;
  return { status: "success", message: `Deleted ${count} artwork${count === 1 ? "" : "s"}.`, values: {} };
});
