import type { BanInForce } from "@/lib/moderation/members/queries";
import { formatBanEnd } from "@/lib/auth/refusal";

/** "Active", "Banned until Tue, 01 Dec 2026 10:00 UTC" or "Banned permanently". */
export function banStatusText(ban: BanInForce): string {
  if (!ban) return "Active";
  return ban.until ? `Banned until ${formatBanEnd(ban.until)}` : "Banned permanently";
}

export function MemberStatus({ ban }: { ban: BanInForce }) {
  return <span className={ban ? "member-status banned" : "member-status"}>{banStatusText(ban)}</span>;
}

export function formatDay(date: Date): string {
  return date.toLocaleDateString("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
