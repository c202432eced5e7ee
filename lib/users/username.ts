import "server-only";
import { randomUUID } from "node:crypto";
import { lockRow } from "@/lib/database/row-lock";
import { isUniqueViolation } from "@/lib/database/errors";
import { db } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { usernameChangedMail } from "@/lib/mail/templates/username-changed";
import { done, refused, type Result } from "@/lib/result";
import { USERNAME_TAKEN_MESSAGE, usernameKey } from "@/lib/auth/schemas";

export const SAME_USERNAME = "This is already your username";

/**
 * Renames the member. The unique index (not a prior lookup) settles a race
 * with another member taking the same name. The old name keeps leading to
 * the member's profile until someone else takes it; the new name stops
 * leading to whoever used it before. A change of letter case alone keeps the
 * same key, so it needs no redirect. A member with an address is told by
 * mail: a rename by someone holding their session changes how they log in.
 */
export async function changeUsername(userId: string, username: string): Promise<Result> {
  try {
    return await db.$transaction(async (tx): Promise<Result> => {
      // Two renames at once run one after the other, so each leaves a redirect from the name it replaced.
      await lockRow(tx, "User", userId);
      const current = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { username: true, usernameKey: true, email: true },
      });
      if (current.username === username) return refused(SAME_USERNAME, "username");
      const newKey = usernameKey(username);
      await tx.user.update({ where: { id: userId }, data: { username, usernameKey: newKey }, select: { id: true } });
      if (newKey !== current.usernameKey) {
        await tx.usernameRedirect.deleteMany({ where: { usernameKey: newKey } });
        await tx.usernameRedirect.upsert({
          where: { usernameKey: current.usernameKey },
          create: { usernameKey: current.usernameKey, userId },
          update: { userId, createdAt: new Date() },
        });
      }
      if (current.email) {
        await queueMail(tx, {
          to: current.email,
          userId,
          eventKey: `username-changed:${randomUUID()}`,
          message: usernameChangedMail({ oldUsername: current.username, newUsername: username }),
        });
      }
      return done();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused(USERNAME_TAKEN_MESSAGE, "username");
    throw error;
  }
}
