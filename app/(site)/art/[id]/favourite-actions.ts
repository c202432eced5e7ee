"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { setFavourite } from "@/lib/favourites/favourites";
import { favouriteSchema } from "@/lib/favourites/schemas";

/**
 * The heart on every card and artwork page (handed down by the root
 * layout). It changes the session's member's favourites only: no field
 * names whose. The answer carries the new state for the heart to show.
 */
export const changeFavourite = authenticatedAction(favouriteSchema, async ({ artworkId, intent }, user) => {
  const result = await setFavourite(user.id, artworkId, intent === "add");
  if (!result.ok) return toFormState(result);
  revalidatePath(`/art/${artworkId}`);
  revalidatePath(`/u/${encodeURIComponent(user.username)}/favourites`);
  const { favourited, count } = result.value;
  return { status: "success", values: { artworkId, favourited: String(favourited), count: String(count) } };
});
