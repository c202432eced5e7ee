"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { COLLECTION_DESCRIPTION_MAX, COLLECTION_TITLE_MAX } from "@/lib/validation/form-rules";

type CollectionFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The collection being edited; none to start a new one. */
  collection?: { id: string; title: string; description: string; isPublic: boolean };
  submitLabel: string;
};

/** Title, description and who sees it: starting a collection and editing one. */
export function CollectionForm({ action, collection, submitLabel }: CollectionFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values;
  const isPublic = values ? values.isPublic === "on" : (collection?.isPublic ?? true);
  const id = collection?.id ?? "new";
  return (
    <form action={formAction} className="collection-form">
      {collection && <input type="hidden" name="collectionId" value={collection.id} />}
      <FormField
        label="Title"
        name="title"
        id={`collection-title-${id}`}
        required
        maxLength={COLLECTION_TITLE_MAX}
        defaultValue={values?.title ?? collection?.title ?? ""}
        errors={state.fieldErrors?.title}
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        id={`collection-description-${id}`}
        rows={3}
        maxLength={COLLECTION_DESCRIPTION_MAX}
        defaultValue={values?.description ?? collection?.description ?? ""}
        errors={state.fieldErrors?.description}
      />
      <label>
        <input type="checkbox" name="isPublic" role="switch" defaultChecked={isPublic} key={String(isPublic)} />
        Public: everyone can see it (otherwise only you)
      </label>
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
