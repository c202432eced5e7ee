"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { TAG_MAX_LENGTH } from "@/lib/tags/normalise";

type MuteTagFormProps = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** One tag to mute, typed with or without "#". */
export function MuteTagForm({ action }: MuteTagFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="mute-tag-form">
      <FormField
        label="Tag to mute"
        name="tag"
        required
        autoComplete="off"
        // Room for a "#" and spaces the tag loses when normalised.
        maxLength={TAG_MAX_LENGTH * 2}
        defaultValue={state.values?.tag}
        errors={state.fieldErrors?.tag}
        hint="For example #spiders. Its artwork stops showing in your galleries, tag pages and other members' profiles."
      />
      <SubmitButton>Mute tag</SubmitButton>
      <FormMessage message={state.message} status={state.status} />
    </form>
  );
}
