"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { removeAvatar, setAvatar } from "@/lib/users/avatar";
import { updateProfileDetails } from "@/lib/users/profile-settings";
import { avatarChangeSchema, profileDetailsSchema } from "@/lib/users/schemas";

// Every action acts on the session's member alone: no form field names whose profile changes.

/** The name and avatar appear on cards, comments and profiles across the site: re-render them all. */
function refreshEverywhere() {
  revalidatePath("/", "layout");
}

export const saveProfileDetails = authenticatedAction(profileDetailsSchema, async (details, user) => {
  const result = await updateProfileDetails(user.id, details);
  if (!result.ok) return toFormState(result);
  refreshEverywhere();
  // The form shows what was stored (trimmed), not what was typed.
  return { status: "success", message: "Your profile is saved.", values: { displayName: details.displayName ?? "", bio: details.bio } };
});

export const changeAvatar = authenticatedAction(avatarChangeSchema, async (input, user) => {
  if (input.intent === "remove") {
    await removeAvatar(user.id);
    refreshEverywhere();
    return { status: "success", message: "Your avatar is removed; members see your initial instead." };
  }
  // Avatars cost a decode and encodes as artwork does, and share its upload limit.
  const turn = await takeTurn({ limit: LIMITS.upload, subject: user.id });
  if (!turn.ok)
    return { status: "error", fieldErrors: { avatar: [overLimitMessage("upload", "image", LIMITS.upload, turn.retryAfterMs)] } };
  const result = await setAvatar(user.id, Buffer.from(await input.avatar.arrayBuffer()));
  if (!result.ok) return toFormState(result);
  refreshEverywhere();
  return { status: "success", message: "Your new avatar is in place." };
});
