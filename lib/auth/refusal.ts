import type { AuthenticationResult } from "@/lib/auth/authenticate";

type Refusal = Exclude<AuthenticationResult, { ok: true }>;

/**
 * Auth.js carries only a string `code` out of authorize(); these two
 * functions turn a refusal into that code and back into words for the form.
 */
export function encodeRefusal(refusal: Refusal): string {
  switch (refusal.reason) {
    case "throttled":
      return `throttled:${refusal.retryAfterMinutes}`;
    case "banned":
      return `banned:${refusal.bannedUntil?.toISOString() ?? "permanent"}`;
    default:
      return "invalid";
  }
}

export const INVALID_CREDENTIALS_MESSAGE = "Wrong username or password.";

export function refusalMessage(code: string | undefined): string {
  const [kind, detail] = (code ?? "").split(/:(.*)/s);
  if (kind === "throttled") {
    const minutes = Number(detail);
    return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (kind === "banned") {
    if (detail === "permanent") return "This account has been banned.";
    const until = new Date(detail).toUTCString().replace(/:\d\d GMT$/, " UTC");
    return `This account is banned until ${until}.`;
  }
  return INVALID_CREDENTIALS_MESSAGE;
}
