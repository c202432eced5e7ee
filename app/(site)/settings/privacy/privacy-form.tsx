"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { saveFavouritesPrivacy } from "./actions";

/** One checkbox and a button: works without JavaScript. */
export function PrivacyForm({ favouritesPublic }: { favouritesPublic: boolean }) {
  const [state, formAction] = useActionState(saveFavouritesPrivacy, initialFormState);
  const checked = state.values ? state.values.favouritesPublic === "on" : favouritesPublic;
  return (
    <form action={formAction}>
      <label>
        <input type="checkbox" name="favouritesPublic" role="switch" defaultChecked={checked} key={String(checked)} />
        Show my favourites on my profile to everyone
      </label>
      <small>When this is off, only you see your favourites; others are told they are private.</small>
      <FormMessage message={state.message} status={state.status} />
      <SubmitButton>Save privacy</SubmitButton>
    </form>
  );
}
