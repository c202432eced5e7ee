"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { REASON_MAX } from "@/lib/validation/form-rules";

type ModerationFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs naming the target. */
  fields: Record<string, string>;
  /** Says what the button does: "Hide artwork", "Ban member". */
  label: string;
  /** Unique on the page: a list shows one form per row, and each field needs its own id. */
  idPrefix: string;
  /** Required where the member is told why (a ban, a hidden artwork); optional where it only goes to the audit log. */
  reason?: "required" | "optional" | "none";
  reasonLabel?: string;
  /** Folded behind this summary: a second step before anything destructive. */
  summary?: string;
  /** Irreversible actions are drawn in the danger colour. */
  destructive?: boolean;
  /** Further controls (a ban's duration). */
  children?: React.ReactNode;
};

/**
 * The one form every admin action uses: hidden target fields, an optional
 * reason, a named button, and the action's answer next to it. Works without
 * JavaScript (a plain post to the server action).
 */
export function ModerationForm(props: ModerationFormProps) {
  const { action, fields, label, idPrefix, reason = "none", reasonLabel, summary, destructive, children } = props;
  const [state, formAction] = useActionState(action, initialFormState);
  // A refused target (a forged or stale id) has no field of its own to show its error next to.
  const message = state.message ?? Object.keys(fields).flatMap((name) => state.fieldErrors?.[name] ?? [])[0];
  const form = (
    <form action={formAction} className={destructive ? "moderation-form destructive" : "moderation-form"}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {reason !== "none" && (
        <TextAreaField
          id={`${idPrefix}-reason`}
          name="reason"
          label={reasonLabel ?? (reason === "required" ? "Reason (the member sees it)" : "Note for the audit log (optional)")}
          rows={2}
          maxLength={REASON_MAX}
          required={reason === "required"}
          defaultValue={state.status === "error" ? state.values?.reason : undefined}
          errors={state.fieldErrors?.reason}
        />
      )}
      <SubmitButton>{label}</SubmitButton>
      {message && <FormMessage message={message} status={state.status} />}
    </form>
  );
  if (!summary) return form;
  return (
    <details className="moderation-step">
      <summary>{summary}</summary>
      {form}
    </details>
  );
}
