"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { passwordRefusal } from "@/lib/actions/confirm-password";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { replacePassword } from "@/lib/auth/accounts";
import { signIn } from "@/lib/auth/auth";
import { withCallback } from "@/lib/auth/redirect";
import { changePasswordSchema } from "@/lib/auth/schemas";

const PASSWORD_CHANGED_PATH = "/settings/password?changed=1";

/**
 * The new password ends every session of the member (a thief's too); this
 * browser then signs in again with it, so only this session continues.
 */
export const savePassword = authenticatedAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const refusal = await passwordRefusal(user.id, currentPassword, "currentPassword");
  if (refusal) return refusal;
  await replacePassword(user.id, newPassword);
  let destination = PASSWORD_CHANGED_PATH;
  try {
    await signIn("credentials", { username: user.username, password: newPassword, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The password is changed; if signing in again is refused (a throttled address), they log in by hand.
    destination = withCallback("/login", PASSWORD_CHANGED_PATH);
  }
  // A redirect, not a returned message: only a new request carries the new
  // session cookie (Auth.js reads the request's headers, which an action's
  // own re-render keeps), so the page would otherwise render signed out.
  redirect(destination);
});
