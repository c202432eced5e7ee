"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { passwordRefusal } from "@/lib/actions/confirm-password";
import { authenticatedAction } from "@/lib/actions/validated-action";
import { replacePassword } from "@/lib/auth/accounts";
import { signIn } from "@/lib/auth/auth";
import { changePasswordSchema } from "@/lib/validation/account";

/**
 * The new password ends every session of the member (a thief's too); this
 * browser then signs in again with it, so only this session continues.
 */
export const savePassword = authenticatedAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const refusal = await passwordRefusal(user.id, currentPassword, "currentPassword");
  if (refusal) return refusal;
  await replacePassword(user.id, newPassword);
  try {
    await signIn("credentials", { username: user.username, password: newPassword, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The password is changed; if signing in again is refused (a throttled address), they log in by hand.
    redirect("/login?callbackUrl=%2Fsettings%2Fpassword");
  }
  return { status: "success", message: "Your password has been changed, and every other device has been signed out." };
});
