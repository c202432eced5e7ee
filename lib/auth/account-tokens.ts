import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { AccountTokenPurpose, Prisma } from "@/lib/generated/prisma/client";
import { refused, done, type Result } from "@/lib/result";

type Transaction = Prisma.TransactionClient;

/** How long each kind of link works (OWASP: reset links short-lived; an undo long enough to notice the notice). */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3_600_000,
  RESET_PASSWORD: 3_600_000,
  CHANGE_EMAIL: 48 * 3_600_000,
  UNDO_EMAIL_CHANGE: 7 * 24 * 3_600_000,
};

export const TOKEN_INVALID = "This link is not valid. Check that you copied all of it, or ask for a new one.";
export const TOKEN_EXPIRED = "This link has expired. Ask for a new one.";
export const TOKEN_USED = "This link has already been used. Ask for a new one if you still need it.";

/** 32 random bytes, base64url: what the link carries after the token's id. */
const SECRET_BYTES = 32;
const LINK_TOKEN = /^([a-z0-9]{20,32})\.([A-Za-z0-9_-]{43})$/;

function hashOf(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

export type IssuedToken = { id: string; /** `<id>.<secret>`, for the link; never stored. */ token: string };

/**
 * Issues a single-use token inside the caller's transaction (so it exists
 * only if the change that sends its mail commits). The link carries the
 * row's id and a random secret; only the secret's SHA-256 is stored. Earlier
 * unused tokens of the same purpose for the member stop working: the newest
 * mail is the one that counts.
 */
export async function issueToken(
  tx: Transaction,
  { userId, purpose, email = null, now = new Date() }: { userId: string; purpose: AccountTokenPurpose; email?: string | null; now?: Date },
): Promise<IssuedToken> {
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const secret = randomBytes(SECRET_BYTES).toString("base64url");
  const row = await tx.accountToken.create({
    data: {
      userId,
      purpose,
      email,
      tokenHash: hashOf(secret).toString("hex"),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
    select: { id: true },
  });
  return { id: row.id, token: `${row.id}.${secret}` };
}

export type RedeemedToken = { id: string; userId: string; email: string | null };

/**
 * Reads a token from a link without using it (a page that shows a form
 * before the change). The secret is compared in constant time against the
 * stored hash, found by the id, so an answer's timing tells nothing about
 * how close a guess was.
 */
export async function checkToken(
  tx: Transaction,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<Result<RedeemedToken>> {
  const match = LINK_TOKEN.exec(token);
  if (!match) return refused(TOKEN_INVALID);
  const [, id, secret] = match;
  const row = await tx.accountToken.findUnique({
    where: { id },
    select: { userId: true, purpose: true, tokenHash: true, email: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.purpose !== purpose || !timingSafeEqual(hashOf(secret), Buffer.from(row.tokenHash, "hex"))) return refused(TOKEN_INVALID);
  if (row.usedAt) return refused(TOKEN_USED);
  if (row.expiresAt <= now) return refused(TOKEN_EXPIRED);
  return done({ id, userId: row.userId, email: row.email });
}

/**
 * Checks a token and uses it up, inside the caller's transaction: the
 * caller's change and the token's use commit together, and of two requests
 * with the same link only one gets it (the conditional update).
 */
export async function redeemToken(
  tx: Transaction,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<Result<RedeemedToken>> {
  const checked = await checkToken(tx, token, purpose, now);
  if (!checked.ok) return checked;
  const { count } = await tx.accountToken.updateMany({ where: { id: checked.value.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? checked : refused(TOKEN_USED);
}
