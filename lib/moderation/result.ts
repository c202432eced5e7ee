import { done as doneWith, type Result } from "@/lib/result";

export { refused } from "@/lib/result";
export { toFormState } from "@/lib/actions/form-state";

/** What anyone but an admin reads when they reach an admin action (or lose the role on the way). */
export const NOT_ADMIN_MESSAGE = "Only admins can do this.";

/** What every moderation change answers (lib/result's one shape): done, saying what was done, or refused with words an admin can act on. */
export type ModerationResult = Result;

export const done = (message: string): ModerationResult => doneWith(undefined, message);
