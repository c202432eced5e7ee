import { ModerationForm } from "@/components/admin/moderation-form";
import { deleteMessageAction } from "./actions";

/** Two steps: the summary, then the button; the list and the report queue both use it. */
export function DeleteMessageForm({ messageId, idPrefix }: { messageId: string; idPrefix: string }) {
  return (
    <ModerationForm
      action={deleteMessageAction}
      fields={{ messageId }}
      label="Delete message"
      idPrefix={idPrefix}
      reason="optional"
      summary="Delete message…"
      destructive
    />
  );
}
