import type { FormState } from "@/lib/actions/form-state";

/** What anyone but an admin reads when they reach an admin action (or lose the role on the way). */
export const NOT_ADMIN_MESSAGE = "Only admins can do this.";

/** What every moderation change answers: done, or refused with words an admin can act on. */
export type ModerationResult = { ok: true; message: string } | { ok: false; message: string };

export const done = (message: string): ModerationResult => ({ ok: true, message });
export const refused = (message: string): ModerationResult => ({ ok: false, message });

/** An action's answer for its form. */
export function toFormState(result: ModerationResult): FormState {
  return { status: result.ok ? "success" : "error", message: result.message };
}
