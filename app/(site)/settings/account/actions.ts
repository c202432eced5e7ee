"use server";

import { passwordRefusal } from "@/lib/actions/confirm-password";
import { toFormState } from "@/lib/actions/form-state";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/users/delete-account";
import { deleteAccountSchema } from "@/lib/auth/schemas";

export const removeAccount = authenticatedAction(deleteAccountSchema, async ({ password }, user) => {
  const refusal = await passwordRefusal(user.id, password, "password");
  if (refusal) return refusal;
  const deleted = await deleteAccount(user.id);
  if (!deleted.ok) return toFormState(deleted);
  await signOut({ redirectTo: "/?account=deleted" });
});
