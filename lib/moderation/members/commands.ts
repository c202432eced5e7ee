import "server-only";
import { isBanActive } from "@/lib/auth/ban";
import { formatBanEnd } from "@/lib/auth/refusal";
import type { SessionUser } from "@/lib/auth/session";
import { lockAdmins } from "@/lib/database/row-lock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asAdmin, recordAudit } from "@/lib/moderation/audit/record";
import { closeReportOnOwner, closeReportsAbout } from "@/lib/moderation/reports/closing";
import { done, refused, type ModerationResult } from "@/lib/moderation/result";
import { endRealtimeSessions } from "@/lib/realtime/sessions";
import { deleteAccount } from "@/lib/users/delete-account";
import {
  BAN_DAYS,
  type BanMemberInput,
  type DeleteMemberInput,
  type SetAdminRoleInput,
  type UnbanMemberInput,
} from "@/lib/moderation/members/schemas";

export const MEMBER_GONE = "This member no longer exists.";

type Admin = Pick<SessionUser, "id">;
type Tx = Prisma.TransactionClient;

/** Thrown inside a transaction: rolls everything back and becomes the refusal the admin reads. */
class Refusal extends Error {}

/** Runs a change in one transaction; a refusal (or an actor who is no longer an admin) changes nothing. */
async function moderate(change: () => Promise<string>): Promise<ModerationResult> {
  return asAdmin(async () => {
    try {
      return done(await change());
    } catch (error) {
      if (error instanceof Refusal) return refused(error.message);
      throw error;
    }
  });
}

const memberSelect = { id: true, username: true, role: true, bannedAt: true, bannedUntil: true } as const;

async function findMember(tx: Tx, memberId: string) {
  const member = await tx.user.findUnique({ where: { id: memberId }, select: memberSelect });
  if (!member) throw new Refusal(MEMBER_GONE);
  return member;
}

const memberTarget = (member: { id: string; username: string }) =>
  ({ type: "MEMBER", id: member.id, label: member.username, ownerId: member.id }) as const;

function banTerm(bannedUntil: Date | null): string {
  return bannedUntil ? `until ${formatBanEnd(bannedUntil)}` : "permanently";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Bans a member for a while or for good, and ends every session of theirs
 * at once (the session version their cookies carry no longer matches), then,
 * once that is committed, their live chat connections.
 * Banning someone already banned replaces the ban: the new duration counts
 * from now and the new reason is what they see, so an admin can lengthen,
 * shorten or make permanent a ban without unbanning first.
 */
export async function banMember(admin: Admin, input: BanMemberInput, now = new Date()): Promise<ModerationResult> {
  if (input.memberId === admin.id) return refused("You cannot ban yourself.");
  const result = await moderate(() =>
    db.$transaction(async (tx) => {
      const member = await findMember(tx, input.memberId);
      if (member.role === "ADMIN") throw new Refusal(`${member.username} is an admin: remove their admin role first.`);
      const bannedUntil = input.duration === "permanent" ? null : new Date(now.getTime() + BAN_DAYS[input.duration] * DAY_MS);
      const replacing = isBanActive(member, now);
      await tx.user.update({
        where: { id: member.id },
        data: { bannedAt: now, bannedUntil, banReason: input.reason, sessionVersion: { increment: 1 } },
        select: { id: true },
      });
      const note = `Banned ${banTerm(bannedUntil)}.`;
      await closeReportsAbout(tx, { type: "MEMBER", id: member.id }, "BANNED", admin.id, note);
      if (input.reportId) await closeReportOnOwner(tx, input.reportId, member.id, "BANNED", admin.id, note);
      // Last: it re-checks the actor is still an admin, and a refusal there undoes the ban too.
      await recordAudit(tx, admin, {
        action: "BAN_MEMBER",
        target: memberTarget(member),
        reason: input.reason,
        detail: bannedUntil ? `until ${bannedUntil.toISOString()}` : "permanent",
      });
      const verb = replacing ? "Changed the ban: " : "";
      return `${verb}${member.username} is banned ${banTerm(bannedUntil)}. Their sessions have ended.`;
    }),
  );
  if (result.ok) await endRealtimeSessions(input.memberId);
  return result;
}

/** Lifts a ban in force; the member can log in again at once. */
export async function unbanMember(admin: Admin, input: UnbanMemberInput, now = new Date()): Promise<ModerationResult> {
  return moderate(() =>
    db.$transaction(async (tx) => {
      const member = await findMember(tx, input.memberId);
      if (!isBanActive(member, now)) throw new Refusal(`${member.username} is not banned.`);
      await tx.user.update({
        where: { id: member.id },
        data: { bannedAt: null, bannedUntil: null, banReason: null },
        select: { id: true },
      });
      await recordAudit(tx, admin, { action: "UNBAN_MEMBER", target: memberTarget(member), reason: input.reason });
      return `${member.username} is no longer banned and can log in again.`;
    }),
  );
}

/**
 * Makes a member an admin or takes the role away. The admins' rows are
 * locked before anything is read, so two admins removing each other at the
 * same moment run one after the other and the second finds it would remove
 * the last admin. The role is read from the database on every request, so
 * the change takes effect at once.
 */
export async function setAdminRole(admin: Admin, input: SetAdminRoleInput, now = new Date()): Promise<ModerationResult> {
  return moderate(() =>
    db.$transaction(async (tx) => {
      await lockAdmins(tx);
      const member = await findMember(tx, input.memberId);
      if (input.makeAdmin) {
        if (member.role === "ADMIN") throw new Refusal(`${member.username} is an admin already.`);
        if (isBanActive(member, now)) throw new Refusal(`${member.username} is banned: unban them before making them an admin.`);
      } else {
        if (member.role !== "ADMIN") throw new Refusal(`${member.username} is not an admin.`);
        const otherAdmins = await tx.user.count({ where: { role: "ADMIN", id: { not: member.id } } });
        if (otherAdmins === 0) {
          throw new Refusal(`${member.username} is the last admin: make another member an admin first, so someone can still moderate.`);
        }
      }
      // Before the change: recordAudit checks the actor is an admin, which
      // an admin removing their own role no longer is afterwards.
      await recordAudit(tx, admin, {
        action: input.makeAdmin ? "MAKE_ADMIN" : "REMOVE_ADMIN",
        target: memberTarget(member),
        reason: input.reason,
      });
      await tx.user.update({ where: { id: member.id }, data: { role: input.makeAdmin ? "ADMIN" : "USER" }, select: { id: true } });
      if (input.makeAdmin) return `${member.username} is now an admin.`;
      if (member.id === admin.id) return "You are no longer an admin: the moderation pages are closed to you from now on.";
      return `${member.username} is no longer an admin.`;
    }),
  );
}

/** Open reports about anything the member wrote or made: it all goes with the account. */
async function closeReportsAboutContentOf(tx: Tx, memberId: string, adminId: string): Promise<void> {
  const targets = await tx.report.findMany({
    where: { targetOwnerId: memberId, status: "OPEN" },
    select: { targetType: true, targetId: true },
    distinct: ["targetType", "targetId"],
  });
  for (const target of targets) {
    await closeReportsAbout(tx, { type: target.targetType, id: target.targetId }, "DELETED", adminId, "The account was deleted.");
  }
}

/**
 * Deletes a member's account with all their content (lib/users/delete-account.ts),
 * the audit entry and the closing of reports in that same transaction: the
 * files go only after it commits, so the deletion is whole or not done.
 */
export async function deleteMember(admin: Admin, input: DeleteMemberInput): Promise<ModerationResult> {
  if (input.memberId === admin.id) return refused("You cannot delete your own account here: use Settings → Account.");
  return moderate(async () => {
    let username = "";
    const deleted = await deleteAccount(input.memberId, async (tx, member) => {
      if (member.role === "ADMIN") throw new Refusal(`${member.username} is an admin: remove their admin role first.`);
      username = member.username;
      await closeReportsAbout(tx, { type: "MEMBER", id: input.memberId }, "DELETED", admin.id, "The account was deleted.");
      await closeReportsAboutContentOf(tx, input.memberId, admin.id);
      await recordAudit(tx, admin, {
        action: "DELETE_MEMBER",
        target: memberTarget({ id: input.memberId, username }),
        reason: input.reason,
      });
    });
    if (!deleted.ok) throw new Refusal(MEMBER_GONE);
    return `Deleted ${username} and all their artwork, comments and messages.`;
  });
}
