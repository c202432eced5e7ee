import "server-only";
import type { FormState } from "@/lib/actions/form-state";
import { confirmPassword } from "@/lib/auth/authenticate";
import { currentClientAddress } from "@/lib/http/request-address";
import { encodeRefusal, refusalMessage } from "@/lib/auth/refusal";

export const WRONG_PASSWORD_MESSAGE = "Wrong password.";

/**
 * For actions that need the member's password before acting: null when it is
 * right, otherwise the refusal to show under the password field.
 */
export async function passwordRefusal(userId: string, password: string, field: string): Promise<FormState | null> {
  const result = await confirmPassword(userId, password, await currentClientAddress());
  if (result.ok) return null;
  const message = result.reason === "throttled" ? refusalMessage(encodeRefusal(result)) : WRONG_PASSWORD_MESSAGE;
  return { status: "error", fieldErrors: { [field]: [message] } };
}
