"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { UsernameField } from "@/components/username-field";
import { initialFormState } from "@/lib/actions/form-state";
import { saveUsername } from "./actions";
import { USERNAME_MAX, USERNAME_MIN, USERNAME_PATTERN } from "@/lib/validation/form-rules";

export function UsernameForm({ username }: { username: string }) {
  const [state, formAction] = useActionState(saveUsername, initialFormState);
  return (
    <form action={formAction} noValidate>
      <UsernameField
        state={state}
        defaultValue={state.values?.username ?? username}
        minLength={USERNAME_MIN}
        maxLength={USERNAME_MAX}
        pattern={USERNAME_PATTERN}
        hint={`${USERNAME_MIN}–${USERNAME_MAX} letters, digits, _ or -.`}
      />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Change username</SubmitButton>
    </form>
  );
}
