"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState } from "@/lib/actions/form-state";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/validation/artwork";
import { saveArtworkDetails } from "./actions";

export function EditArtworkForm({ artworkId, title, description }: { artworkId: string; title: string; description: string }) {
  const [state, formAction] = useActionState(saveArtworkDetails, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="artworkId" value={artworkId} />
      <FormField
        label="Title"
        name="title"
        required
        maxLength={TITLE_MAX}
        defaultValue={state.values?.title ?? title}
        errors={state.fieldErrors?.title}
      />
      <TextAreaField
        label="Description"
        name="description"
        rows={4}
        maxLength={DESCRIPTION_MAX}
        defaultValue={state.values?.description ?? description}
        errors={state.fieldErrors?.description}
      />
      <FormMessage message={state.message} />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
