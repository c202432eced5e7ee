import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db";

/** A username no other test uses, so test files can share one database. */
export function uniqueUsername(prefix = "user"): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}

export const TEST_PASSWORD = "correct horse battery";

/** Where a test member's address stands: most tests need one who may upload and start rooms. */
export type TestEmail = "verified" | "unverified" | "none";

/** A member, by default with a confirmed address at example.com (reserved for examples: no real mailbox). */
export async function createTestUser(prefix?: string, { email: standing = "verified" }: { email?: TestEmail } = {}) {
  const username = uniqueUsername(prefix);
  const email = standing === "none" ? null : `${username}@example.com`;
  const result = await createAccount({ username, password: TEST_PASSWORD, email, emailVerified: standing === "verified" });
  if (!result.ok) throw new Error(`could not create ${username}`);
  return { id: result.value, username, email };
}

/** An admin, as `npm run admin:create` makes one; with the session user the request context would carry. */
export async function createTestAdmin(prefix = "admin") {
  const user = await createTestUser(prefix);
  await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
  return { ...user, role: "ADMIN" as const, theme: "SYSTEM" as const };
}
