"use server";

import { authenticatedAction } from "@/lib/actions/validated-action";
import { changeUsername } from "@/lib/users/username";
import { USERNAME_TAKEN_MESSAGE, changeUsernameSchema } from "@/lib/validation/account";

const REFUSALS = {
  unchanged: "This is already your username",
  username_taken: USERNAME_TAKEN_MESSAGE,
} as const;

export const saveUsername = authenticatedAction(changeUsernameSchema, async ({ username }, user) => {
  const result = await changeUsername(user.id, username);
  if (!result.ok) return { status: "error", fieldErrors: { username: [REFUSALS[result.reason]] } };
  return { status: "success", message: `Your username is now ${username}.` };
});
