"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/validated-action";
import { deleteArtworkAsAdmin, hideArtwork, unhideArtwork } from "@/lib/moderation/artwork/commands";
import { toFormState, type ModerationResult } from "@/lib/moderation/result";
import { deleteArtworkAsAdminSchema, hideArtworkSchema, unhideArtworkSchema } from "@/lib/moderation/artwork/schemas";

/** Hiding, unhiding or deleting changes galleries, profiles, the artwork's page and the reports queue: refresh them all. */
function answer(result: ModerationResult) {
  if (result.ok) revalidatePath("/", "layout");
  return toFormState(result);
}

export const hideArtworkAction = adminAction(hideArtworkSchema, async (input, admin) => answer(await hideArtwork(admin, input)));

export const unhideArtworkAction = adminAction(unhideArtworkSchema, async (input, admin) => answer(await unhideArtwork(admin, input)));

export const deleteArtworkAction = adminAction(deleteArtworkAsAdminSchema, async (input, admin) =>
  answer(await deleteArtworkAsAdmin(admin, input)),
);
