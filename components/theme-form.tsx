"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { THEME_LABELS, THEMES, type ThemeChoice } from "@/lib/validation/form-rules";

type ThemeFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  current: ThemeChoice;
  /** The footer's one-line form, or the settings page's full one. */
  compact?: boolean;
};

/** Light, dark or the system's: a radio group and a button, so it works without JavaScript. */
export function ThemeForm({ action, current, compact = false }: ThemeFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const error = state.fieldErrors?.theme?.[0];
  return (
    <form action={formAction} className={compact ? "theme-form theme-form-compact" : "theme-form"}>
      <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? "theme-error" : undefined}>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} defaultChecked={theme === current} />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      {error && (
        <small id="theme-error" className="field-error">
          {error}
        </small>
      )}
      <SubmitButton>Apply theme</SubmitButton>
      {!compact && <FormMessage message={state.message} status={state.status} />}
    </form>
  );
}
