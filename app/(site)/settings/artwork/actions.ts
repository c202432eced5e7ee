"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { deleteArtworks } from "@/lib/art/manage";
import { deleteArtworksSchema } from "@/lib/art/schemas";

/** One or several of the member's own artworks; if any of them is not theirs (an edited request), none go. */
export const deleteSelectedArtworks = authenticatedAction(deleteArtworksSchema, async ({ artworkIds }, user) => {
  if (!(await deleteArtworks(artworkIds, user.id))) {
    return { status: "error", message: "Nothing was deleted: some of that artwork does not exist, or is not yours." };
  }
  revalidatePath("/", "layout");
  const count = artworkIds.length;
  return { status: "success", message: `Deleted ${count} artwork${count === 1 ? "" : "s"}.`, values: {} };
});
