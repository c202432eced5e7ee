import type { Result } from "@/lib/result";

/** What every form action returns; shared with the client forms, so no server imports here. */
export type FormState = {
  status: "idle" | "error" | "success";
  /** A message about the whole form (shown above the button). */
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the member typed, so the form can show it again (never passwords). */
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle" };

/**
 * A domain Result as the form shows it: a refusal next to its field (or above
 * the button when it names none), and a success with its words, if any.
 */
export function toFormState(result: Result<unknown>): FormState {
  if (result.ok) return result.message === undefined ? { status: "success" } : { status: "success", message: result.message };
  if (result.field) return { status: "error", fieldErrors: { [result.field]: [result.message] } };
  return { status: "error", message: result.message };
}
