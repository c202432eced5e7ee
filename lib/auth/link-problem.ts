import "server-only";
import { checkToken, TOKEN_INVALID } from "@/lib/auth/account-tokens";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

/** For a page a mailed link opens: what is wrong with the link, before the member acts on it (null: nothing). */
export async function linkProblem(token: unknown, purpose: AccountTokenPurpose): Promise<string | null> {
  if (typeof token !== "string") return TOKEN_INVALID;
  const checked = await checkToken(db, token, purpose);
  return checked.ok ? null : checked.message;
}
