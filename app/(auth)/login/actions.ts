"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth/auth";
import { rememberDevice } from "@/lib/auth/known-device";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { refusalMessage } from "@/lib/auth/refusal";
import { loginAccountKey } from "@/lib/auth/authenticate";
import { loginSchema } from "@/lib/auth/schemas";

export const logIn = validatedAction(loginSchema, async ({ username, password }, formData) => {
  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: "error", message: refusalMessage(error instanceof CredentialsSignin ? error.code : undefined) };
  }
  await rememberDevice(await loginAccountKey(username));
  redirect(safeRedirectPath(formData.get("callbackUrl")));
});
