import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Members made straight in the table, many at once: a concurrency test
 * needs dozens, and each real sign-up costs a full Argon2 hash. They cannot
 * log in (the hash matches no password).
 */
export async function bareMembers(count: number): Promise<{ id: string }[]> {
  const names = Array.from({ length: count }, () => `bare_${randomBytes(6).toString("hex")}`);
  return db.user.createManyAndReturn({
    // A confirmed address, as createTestUser gives: they may start rooms and upload.
    data: names.map((username) => {
      const email = `${username}@example.com`;
      return { username, usernameKey: username, passwordHash: "not a hash", email, emailKey: email, emailVerifiedAt: new Date() };
    }),
    select: { id: true },
  });
}

/** Starts every call before awaiting any, so that on PostgreSQL their transactions overlap. */
export function atOnce<T>(count: number, call: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => call(index)));
}
