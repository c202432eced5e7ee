import "server-only";
import { revalidatePath } from "next/cache";
import { toFormState, type FormState } from "@/lib/actions/form-state";
import type { Result } from "@/lib/result";

/**
 * The form's answer to a change that shows across the site (a moderation
 * change reaches galleries, profiles, rooms, artwork pages and the reports
 * queue): once it is done, every cached page renders again.
 */
export function siteWideAnswer(result: Result<unknown>): FormState {
  if (result.ok) revalidatePath("/", "layout");
  return toFormState(result);
}
