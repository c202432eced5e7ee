"use client";

import { useActionState } from "react";
import { CurrentPasswordField } from "@/components/current-password-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { removeAccount } from "./actions";

export function DeleteAccountForm() {
  const [state, formAction] = useActionState(removeAccount, initialFormState);
  const confirmError = state.fieldErrors?.confirm?.[0];
  return (
    <form action={formAction} noValidate className="delete-account-form">
      <CurrentPasswordField hint="Your password confirms it is you." errors={state.fieldErrors?.password} />
      <fieldset>
        <label htmlFor="field-confirm">
          <input
            type="checkbox"
            id="field-confirm"
            name="confirm"
            required
            defaultChecked={state.values?.confirm === "on"}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "field-confirm-note" : undefined}
          />
          I understand this cannot be undone
        </label>
        <small id="field-confirm-note" aria-live="polite">
          {confirmError}
        </small>
      </fieldset>
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Delete my account</SubmitButton>
    </form>
  );
}
