"use client";

import { useActionState } from "react";
import { CurrentPasswordField } from "@/components/current-password-field";
import { FormMessage } from "@/components/form-message";
import { NewPasswordField } from "@/components/new-password-field";
import { RepeatPasswordField } from "@/components/repeat-password-field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { savePassword } from "./actions";

export function PasswordForm() {
  const [state, formAction] = useActionState(savePassword, initialFormState);
  return (
    <form action={formAction} noValidate>
      <CurrentPasswordField label="Current password" name="currentPassword" errors={state.fieldErrors?.currentPassword} />
      <NewPasswordField label="New password" name="newPassword" errors={state.fieldErrors?.newPassword} />
      <RepeatPasswordField errors={state.fieldErrors?.repeatPassword} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
