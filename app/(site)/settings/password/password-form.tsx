"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/account-rules";
import { savePassword } from "./actions";

export function PasswordForm() {
  const [state, formAction] = useActionState(savePassword, initialFormState);
  return (
    <form action={formAction} noValidate>
      <FormField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        errors={state.fieldErrors?.newPassword}
      />
      <FormField
        label="Repeat the new password"
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.repeatPassword}
      />
      <FormMessage message={state.message} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
