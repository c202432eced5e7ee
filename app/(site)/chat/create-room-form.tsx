"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState } from "@/lib/actions/form-state";
import { startRoom } from "./actions";
import { ROOM_DESCRIPTION_MAX, ROOM_NAME_MAX, ROOM_NAME_MIN } from "@/lib/validation/form-rules";

export function CreateRoomForm() {
  const [state, formAction] = useActionState(startRoom, initialFormState);
  return (
    <form action={formAction} className="create-room-form">
      <FormField
        label="Name"
        name="name"
        minLength={ROOM_NAME_MIN}
        maxLength={ROOM_NAME_MAX}
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
        hint={`${ROOM_NAME_MIN}–${ROOM_NAME_MAX} characters; no two rooms share a name.`}
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        rows={2}
        maxLength={ROOM_DESCRIPTION_MAX}
        defaultValue={state.values?.description}
        errors={state.fieldErrors?.description}
        hint={`What the room is for, in up to ${ROOM_DESCRIPTION_MAX} characters.`}
      />
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Create room</SubmitButton>
    </form>
  );
}
