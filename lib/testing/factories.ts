import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db";

/** A username no other test uses, so test files can share one database. */
export function uniqueUsername(prefix = "user"): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}

export const TEST_PASSWORD = "correct horse battery";

export async function createTestUser(prefix?: string) {
  const username = uniqueUsername(prefix);
  const result = await createAccount({ username, password: TEST_PASSWORD });
  if (!result.ok) throw new Error(`could not create ${username}`);
  return { id: result.value, username };
}

/** An admin, as `npm run admin:create` makes one; with the session user the request context would carry. */
export async function createTestAdmin(prefix = "admin") {
  const user = await createTestUser(prefix);
  await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
  return { ...user, role: "ADMIN" as const, theme: "SYSTEM" as const };
}
