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
