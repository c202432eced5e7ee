"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { deleteSelectedArtworks } from "./actions";

export const BULK_DELETE_FORM_ID = "delete-selected";

/** The rows' checkboxes belong to this form through their form="…" attribute, since each row holds forms of its own. */
export function BulkDeleteForm({ hasArtwork }: { hasArtwork: boolean }) {
  const [state, formAction] = useActionState(deleteSelectedArtworks, initialFormState);
  const selectionError = state.fieldErrors?.artworkIds?.[0];
  const confirmError = state.fieldErrors?.confirm?.[0];
  if (!hasArtwork) return <FormMessage message={state.message} status={state.status} />;
  return (
    <form id={BULK_DELETE_FORM_ID} action={formAction} className="bulk-delete">
      {selectionError && <p className="form-message">{selectionError}</p>}
      <label htmlFor="confirm-delete">
        <input
          type="checkbox"
          id="confirm-delete"
          name="confirm"
          value="yes"
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "confirm-delete-note" : undefined}
        />
        Delete the selected artwork, every size of its images and its comments, for good
      </label>
      {confirmError && (
        <small id="confirm-delete-note" className="field-error">
          {confirmError}
        </small>
      )}
      <SubmitButton>Delete selected artwork</SubmitButton>
      <FormMessage message={state.message} status={state.status} />
    </form>
  );
}
