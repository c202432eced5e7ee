"use client";

import { useActionState } from "react";
import { CurrentPasswordField } from "@/components/current-password-field";
import { EmailField } from "@/components/email-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { askForEmailChange } from "./actions";

export function EmailForm({ hasAddress }: { hasAddress: boolean }) {
  const [state, formAction] = useActionState(askForEmailChange, initialFormState);
  return (
    <form action={formAction} noValidate>
      <EmailField label={hasAddress ? "New email address" : "Email address"} state={state} />
      <CurrentPasswordField label="Current password" name="currentPassword" errors={state.fieldErrors?.currentPassword} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Send a confirmation link</SubmitButton>
    </form>
  );
}
