import { ModerationForm } from "@/components/admin/moderation-form";
import { deleteCommentAction } from "./comments/actions";
import { deleteMessageAction } from "./messages/actions";

const KINDS = {
  comment: { action: deleteCommentAction, field: "commentId", label: "Delete comment" },
  message: { action: deleteMessageAction, field: "messageId", label: "Delete message" },
} as const;

/** Two steps (the summary, then the button); the lists and the report queue all use it. */
export function DeleteContentForm({ kind, id, idPrefix }: { kind: keyof typeof KINDS; id: string; idPrefix: string }) {
  const { action, field, label } = KINDS[kind];
  return (
    <ModerationForm
      action={action}
      fields={{ [field]: id }}
      label={label}
      idPrefix={idPrefix}
      reason="optional"
      summary={`${label}…`}
      destructive
    />
  );
}
