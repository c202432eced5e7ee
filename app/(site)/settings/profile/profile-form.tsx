"use client";

import { useActionState, useState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState } from "@/lib/actions/form-state";
import { saveProfileDetails } from "./actions";
import { BIO_MAX, DISPLAY_NAME_MAX } from "@/lib/validation/form-rules";

export function ProfileForm({ username, displayName, bio }: { username: string; displayName: string; bio: string }) {
  const [state, formAction] = useActionState(saveProfileDetails, initialFormState);
  const shownBio = state.values?.bio ?? bio;
  const [bioLength, setBioLength] = useState(shownBio.length);
  return (
    <form action={formAction}>
      <FormField
        label="Display name"
        name="displayName"
        maxLength={DISPLAY_NAME_MAX}
        autoComplete="nickname"
        defaultValue={state.values?.displayName ?? displayName}
        hint={`Up to ${DISPLAY_NAME_MAX} characters, shown instead of your username. Leave it empty to be shown as ${username}.`}
        errors={state.fieldErrors?.displayName}
      />
      <TextAreaField
        label="Bio"
        name="bio"
        rows={5}
        maxLength={BIO_MAX}
        defaultValue={shownBio}
        onChange={(event) => setBioLength(event.target.value.length)}
        hint={`Plain text, up to ${BIO_MAX} characters; line breaks are kept.`}
        errors={state.fieldErrors?.bio}
      />
      {/* Not a live region: announcing every keystroke would drown the screen reader. */}
      <p className="character-count">
        {bioLength} / {BIO_MAX} characters
      </p>
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
