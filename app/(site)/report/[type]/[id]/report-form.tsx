"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { initialFormState } from "@/lib/actions/form-state";
import type { ReportTargetSlug } from "@/lib/moderation/reports/targets";
import { sendReport } from "./actions";
import { CATEGORY_LABELS, REPORT_CATEGORIES, REPORT_NOTE_MAX } from "@/lib/validation/form-rules";

type ReportFormProps = { targetType: ReportTargetSlug; targetId: string; backHref: string };

/** Category and note; works without JavaScript (the page renders the action's answer). */
export function ReportForm({ targetType, targetId, backHref }: ReportFormProps) {
  const [state, formAction] = useActionState(sendReport, initialFormState);
  if (state.status === "success") {
    return (
      <div className="report-sent" role="status">
        <p>{state.message}</p>
        <p>
          <Link href={backHref}>Back to it</Link>
        </p>
      </div>
    );
  }
  const chosen = state.values?.category;
  const categoryError = state.fieldErrors?.category?.[0];
  return (
    <form action={formAction} className="report-form">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <fieldset aria-invalid={categoryError ? true : undefined} aria-describedby={categoryError ? "report-category-note" : undefined}>
        <legend>What is wrong with it?</legend>
        {REPORT_CATEGORIES.map((category) => (
          <label key={category}>
            <input type="radio" name="category" value={category} defaultChecked={chosen === category} required />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
        <small id="report-category-note" aria-live="polite">
          {categoryError}
        </small>
      </fieldset>
      <TextAreaField
        id="report-note"
        name="note"
        label="Note for the moderators (optional)"
        hint={`At most ${REPORT_NOTE_MAX.toLocaleString("en")} characters. Moderators see it; the member you report does not.`}
        rows={4}
        maxLength={REPORT_NOTE_MAX}
        defaultValue={state.values?.note}
        errors={state.fieldErrors?.note}
      />
      <SubmitButton>Send report</SubmitButton>
      {state.message && <FormMessage message={state.message} status={state.status} />}
    </form>
  );
}
