import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { done, refused, type Result } from "@/lib/result";

/** Where a member's address stands: what the upload and chat pages explain, and what the gate checks. */
export type EmailStanding = { status: "verified" } | { status: "unverified"; email: string } | { status: "missing" };

/** What a member may do only with a confirmed address: the words the refusal uses. */
export type GatedAction = "upload artwork" | "start chat rooms";

type Reader = Pick<Prisma.TransactionClient, "user">;

export async function emailStanding(userId: string, client: Reader = db): Promise<EmailStanding> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  if (!user?.email) return { status: "missing" };
  return user.emailVerifiedAt ? { status: "verified" } : { status: "unverified", email: user.email };
}

export function gateMessage(standing: Exclude<EmailStanding, { status: "verified" }>, action: GatedAction): string {
  if (standing.status === "missing") return `To ${action}, add an email address to your account and confirm it.`;
  return `To ${action}, confirm your email address first: open the link we mailed to ${standing.email}.`;
}

/**
 * The server's check before an upload or a new room (the pages only explain
 * it): a member without a confirmed address is refused. Pass the
 * transaction that makes the change, so an address replaced meanwhile counts.
 */
export async function requireVerifiedEmail(userId: string, action: GatedAction, client: Reader = db): Promise<Result> {
  const standing = await emailStanding(userId, client);
  return standing.status === "verified" ? done() : refused(gateMessage(standing, action));
}
