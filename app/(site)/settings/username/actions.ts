"use server";

import { revalidatePath } from "next/cache";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { changeUsername } from "@/lib/users/username";
import { changeUsernameSchema } from "@/lib/auth/schemas";
import { sendMailSoon } from "@/lib/mail/send-soon";

export const saveUsername = authenticatedAction(changeUsernameSchema, async ({ username }, user) => {
  const result = await changeUsername(user.id, username);
  if (result.ok) sendMailSoon();
  if (!result.ok) return toFormState(result);
  // The name shows on every page (the header's menu, profile links): render them all again.
  revalidatePath("/", "layout");
  return { status: "success", message: `Your username is now ${username}.` };
});
