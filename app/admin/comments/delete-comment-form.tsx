import { ModerationForm } from "@/components/admin/moderation-form";
import { deleteCommentAction } from "./actions";

/** Two steps: the summary, then the button; the list and the report queue both use it. */
export function DeleteCommentForm({ commentId, idPrefix }: { commentId: string; idPrefix: string }) {
  return (
    <ModerationForm
      action={deleteCommentAction}
      fields={{ commentId }}
      label="Delete comment"
      idPrefix={idPrefix}
      reason="optional"
      summary="Delete comment…"
      destructive
    />
  );
}
