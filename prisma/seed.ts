/**
 * Demo content for development: a few members and one admin, with the
 * passwords documented in the README. Refuses to run in production.
 */
import "../scripts/load-env";
import { parseArgs } from "node:util";
import { createAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";

export const DEMO_MEMBER_PASSWORD = "demo-artist-pass";
export const DEMO_ADMIN_PASSWORD = "demo-curator-pass";

const demoAccounts: { username: string; password: string; role: Role }[] = [
  { username: "curator", password: DEMO_ADMIN_PASSWORD, role: "ADMIN" },
  { username: "mira_paints", password: DEMO_MEMBER_PASSWORD, role: "USER" },
  { username: "kenji-ink", password: DEMO_MEMBER_PASSWORD, role: "USER" },
  { username: "ada_sketches", password: DEMO_MEMBER_PASSWORD, role: "USER" },
];

async function main() {
  if (env.NODE_ENV === "production") {
    console.error("Refusing to seed demo accounts with known passwords into a production database.");
    process.exit(1);
  }
  const { values: flags } = parseArgs({ options: { "if-empty": { type: "boolean" } } });
  if (flags["if-empty"] && (await db.user.count()) > 0) {
    console.log("Database already has members; demo data not added.");
    return;
  }
  for (const account of demoAccounts) {
    const result = await createAccount(account, account.role);
    console.log(result.ok ? `Created ${account.role.toLowerCase()} ${account.username}` : `Kept existing ${account.username}`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
