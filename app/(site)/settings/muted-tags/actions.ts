"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { muteTag, unmuteTag } from "@/lib/tags/muting";
import { muteTagSchema, unmuteTagSchema } from "@/lib/tags/schemas";

/** Every list of artwork may change for this member, so every cached page is stale. */
const refreshLists = () => revalidatePath("/", "layout");

export const muteTagAction = authenticatedAction(muteTagSchema, async ({ tag }, user) => {
  const muted = await muteTag(user.id, tag);
  if (!muted.ok) return toFormState(muted);
  refreshLists();
  // The field empties for the next tag.
  return { status: "success", message: muted.message, values: { tag: "" } };
});

export const unmuteTagAction = authenticatedAction(unmuteTagSchema, async ({ tagId }, user) => {
  const unmuted = await unmuteTag(user.id, tagId);
  if (unmuted.ok) refreshLists();
  return toFormState(unmuted);
});
