"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { NewPasswordField } from "@/components/new-password-field";
import { RepeatPasswordField } from "@/components/repeat-password-field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { setNewPassword } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(setNewPassword, initialFormState);
  if (state.status === "success") {
    return (
      <>
        <FormMessage message={state.message} status={state.status} />
        <p>
          <Link href="/login" role="button">
            Log in
          </Link>
        </p>
      </>
    );
  }
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="New password" name="password" errors={state.fieldErrors?.password} />
      <RepeatPasswordField errors={state.fieldErrors?.repeatPassword} />
      <FormMessage message={state.message ?? state.fieldErrors?.token?.[0]} status={state.status} />
      <SubmitButton>Set the new password</SubmitButton>
    </form>
  );
}
