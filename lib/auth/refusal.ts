import { z } from "zod";
import type { AuthenticationResult } from "@/lib/auth/authenticate";
import { tryAgainIn } from "@/lib/rate-limit/wait";

type Refusal = Exclude<AuthenticationResult, { ok: true }>;

/**
 * A ban travels as base64url JSON: the reason is free text an admin typed
 * and may hold any character (":" included), which a plain separator would
 * cut. Decoding checks the shape, so a mangled code reads as a plain ban.
 */
const banDetailSchema = z.object({ until: z.iso.datetime().nullable(), reason: z.string() });

function encodeBan(bannedUntil: Date | null, banReason: string): string {
  const detail: z.input<typeof banDetailSchema> = { until: bannedUntil?.toISOString() ?? null, reason: banReason };
  return Buffer.from(JSON.stringify(detail), "utf8").toString("base64url");
}

function decodeBan(encoded: string): z.output<typeof banDetailSchema> | null {
  try {
    const parsed = banDetailSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Auth.js carries only a string `code` out of authorize(); these two
 * functions turn a refusal into that code and back into words for the form.
 * The code never leaves the server (the log-in action reads it from the
 * thrown error), so the ban's reason is shown only to whoever typed the
 * account's right password.
 */
export function encodeRefusal(refusal: Refusal): string {
  switch (refusal.reason) {
    case "throttled":
      return `throttled:${refusal.retryAfterMs}`;
    case "banned":
      return `banned:${encodeBan(refusal.bannedUntil, refusal.banReason)}`;
    default:
      return "invalid";
  }
}

export const INVALID_CREDENTIALS_MESSAGE = "Wrong username or password.";

/** "Tue, 01 Dec 2026 09:30 UTC": unambiguous for a member anywhere. */
export function formatBanEnd(until: Date): string {
  return until.toUTCString().replace(/:\d\d GMT$/, " UTC");
}

function banMessage(encoded: string): string {
  const ban = decodeBan(encoded);
  if (!ban) return "This account is banned.";
  const term = ban.until === null ? "permanently" : `until ${formatBanEnd(new Date(ban.until))}`;
  const reason = ban.reason.trim() ? ` Reason: ${ban.reason.trim()}` : "";
  return `This account is banned ${term}.${reason}`;
}

export function refusalMessage(code: string | undefined): string {
  const [kind, detail] = (code ?? "").split(/:(.*)/s);
  if (kind === "throttled") return `Too many attempts. ${tryAgainIn(Number(detail))}`;
  if (kind === "banned") return banMessage(detail ?? "");
  return INVALID_CREDENTIALS_MESSAGE;
}
