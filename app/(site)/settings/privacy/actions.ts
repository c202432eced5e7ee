"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { setFavouritesPublic } from "@/lib/favourites/favourites";
import { favouritesPrivacySchema } from "@/lib/favourites/schemas";

/** The session's member's own choice: no field names whose. */
export const saveFavouritesPrivacy = authenticatedAction(favouritesPrivacySchema, async ({ favouritesPublic }, user) => {
  const result = await setFavouritesPublic(user.id, favouritesPublic);
  if (result.ok) revalidatePath(`/u/${encodeURIComponent(user.username)}/favourites`);
  return { ...toFormState(result), values: { favouritesPublic: favouritesPublic ? "on" : "" } };
});
