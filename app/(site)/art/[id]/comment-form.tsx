"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState } from "@/lib/actions/form-state";
import { postComment } from "./actions";
import { COMMENT_MAX } from "@/lib/validation/form-rules";

/** `replyTo` starts the comment with an @mention of the member replied to, which notifies them. */
export function CommentForm({ artworkId, replyTo }: { artworkId: string; replyTo?: string }) {
  const [state, formAction] = useActionState(postComment, initialFormState);
  return (
    <form action={formAction} className="comment-form" id="comment-form">
      <input type="hidden" name="artworkId" value={artworkId} />
      <TextAreaField
        label="Add a comment"
        name="body"
        rows={3}
        maxLength={COMMENT_MAX}
        required
        defaultValue={state.values?.body ?? (replyTo ? `@${replyTo} ` : undefined)}
        autoFocus={Boolean(replyTo)}
        errors={state.fieldErrors?.body}
      />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Post comment</SubmitButton>
    </form>
  );
}
