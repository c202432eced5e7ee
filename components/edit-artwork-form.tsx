"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TagsField } from "@/components/tags-field";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { formatTagList } from "@/lib/tags/normalise";
import { DESCRIPTION_MAX, TITLE_MAX } from "@/lib/validation/form-rules";

type EditArtworkFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  artworkId: string;
  title: string;
  description: string;
  /** The artwork's tags in order; the form sends them all, so saving keeps them (or the list typed instead). */
  tags: string[];
};

/** Title, description and tags of one artwork, on its page and in the owner's list; ids keep several on one page apart. */
export function EditArtworkForm({ action, artworkId, title, description, tags }: EditArtworkFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="artworkId" value={artworkId} />
      <FormField
        label="Title"
        name="title"
        id={`title-${artworkId}`}
        required
        maxLength={TITLE_MAX}
        defaultValue={state.values?.title ?? title}
        errors={state.fieldErrors?.title}
      />
      <TextAreaField
        label="Description"
        name="description"
        id={`description-${artworkId}`}
        rows={4}
        maxLength={DESCRIPTION_MAX}
        defaultValue={state.values?.description ?? description}
        errors={state.fieldErrors?.description}
      />
      <TagsField id={`tags-${artworkId}`} defaultValue={state.values?.tags ?? formatTagList(tags)} errors={state.fieldErrors?.tags} />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
