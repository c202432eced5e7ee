"use client";

import { useActionState } from "react";
import { CurrentPasswordField } from "@/components/current-password-field";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { askForEmailChange } from "./actions";

export function EmailForm({ hasAddress }: { hasAddress: boolean }) {
  const [state, formAction] = useActionState(askForEmailChange, initialFormState);
  return (
    <form action={formAction} noValidate>
      <FormField
        label={hasAddress ? "New email address" : "Email address"}
        name="email"
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <CurrentPasswordField label="Current password" name="currentPassword" errors={state.fieldErrors?.currentPassword} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Send a confirmation link</SubmitButton>
    </form>
  );
}
