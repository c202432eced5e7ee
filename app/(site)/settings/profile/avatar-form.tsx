"use client";

import { useActionState, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { ACCEPTED_FORMATS_LABEL, AVATAR_MAX_BYTES } from "@/lib/images/limits";
import { changeAvatar } from "./actions";
import { AVATAR_TOO_LARGE } from "@/lib/validation/form-rules";

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";

type AvatarFormProps = { preview: React.ReactNode; hasAvatar: boolean; refusedAsTooLarge: boolean };

/**
 * Upload and remove share one form and one message, so the message always
 * speaks of the last thing done. `preview` is the current avatar, rendered
 * on the server.
 */
export function AvatarForm({ preview, hasAvatar, refusedAsTooLarge }: AvatarFormProps) {
  const [state, formAction, pending] = useActionState(changeAvatar, initialFormState);
  // Undefined until a file is chosen here; until then, only the refusal proxy.ts reported before any action ran.
  const [chosenTooLarge, setChosenTooLarge] = useState<boolean>();
  const tooLarge = chosenTooLarge ?? (refusedAsTooLarge && state.status === "idle");

  function onFileChange(event: React.ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const oversize = (input.files?.[0]?.size ?? 0) > AVATAR_MAX_BYTES;
    // Refused before sending: Next.js would reject the oversize request as a whole, without a word for the form.
    input.setCustomValidity(oversize ? AVATAR_TOO_LARGE : "");
    setChosenTooLarge(oversize);
  }

  return (
    <form action={formAction} className="avatar-form">
      <div className="avatar-preview">{preview}</div>
      <div>
        <FormField
          label="New avatar"
          name="avatar"
          type="file"
          accept={ACCEPT}
          required
          onChange={onFileChange}
          hint={`${ACCEPTED_FORMATS_LABEL}, up to ${AVATAR_MAX_BYTES / 1024 / 1024} MB. It is cropped to a square.`}
          errors={tooLarge ? [AVATAR_TOO_LARGE] : state.fieldErrors?.avatar}
        />
        <FormMessage message={state.message} status={state.status} />
        <div className="avatar-buttons">
          <button type="submit" name="intent" value="upload" aria-busy={pending || undefined} disabled={pending}>
            Upload avatar
          </button>
          {hasAvatar && (
            <button type="submit" name="intent" value="remove" className="secondary" formNoValidate disabled={pending}>
              Remove avatar
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
