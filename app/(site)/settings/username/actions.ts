"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { changeUsername } from "@/lib/users/username";
import { USERNAME_TAKEN_MESSAGE, changeUsernameSchema } from "@/lib/auth/schemas";

const REFUSALS = {
  unchanged: "This is already your username",
  username_taken: USERNAME_TAKEN_MESSAGE,
} as const;

export const saveUsername = authenticatedAction(changeUsernameSchema, async ({ username }, user) => {
  const result = await changeUsername(user.id, username);
  if (!result.ok) return { status: "error", fieldErrors: { username: [REFUSALS[result.reason]] } };
  // The name shows on every page (the header's menu, profile links): render them all again.
  revalidatePath("/", "layout");
  return { status: "success", message: `Your username is now ${username}.` };
});
