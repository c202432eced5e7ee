import "server-only";
import { LIMITS } from "@/lib/rate-limit/limits";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forget, giveBack, takeTurns, type RateLimitVerdict, type Turn } from "@/lib/rate-limit/rate-limiter";

/**
 * Password guessing, slowed where it comes from rather than at the account
 * it aims at, so that a stranger cannot lock a member out:
 * - per account and client address (10 per 15 minutes): guessing one
 *   member's password from one place; a member's own address that has not
 *   been failing is not touched by an attacker's failures elsewhere;
 * - per client address, whatever the account (30 per 15 minutes): trying
 *   many accounts from one place (password spraying);
 * - per account from everywhere (100 an hour): the ceiling on guessing from
 *   many addresses at once. A browser that has signed in to the account
 *   before (lib/auth/known-device.ts) is exempt, so even then the member
 *   gets in from their own device.
 * An attempt takes its turns before the password is checked (several at
 * once cannot all slip under a limit), and a successful one gives them
 * back and forgives the address's earlier failures on the account.
 */
export type LoginAttempt = { accountKey: string; clientAddress: string; knownDevice: boolean };

/** Usernames hold no spaces, so the account's part of the subject ends at the first one. */
const accountAndAddress = (accountKey: string, clientAddress: string) => `${accountKey} ${clientAddress}`;

function turnsOf({ accountKey, clientAddress, knownDevice }: LoginAttempt): Turn[] {
  const turns = [
    { limit: LIMITS.loginAccountAddress, subject: accountAndAddress(accountKey, clientAddress) },
    { limit: LIMITS.loginAddress, subject: clientAddress },
  ];
  return knownDevice ? turns : [...turns, { limit: LIMITS.loginAccount, subject: accountKey }];
}

export function reserveLoginAttempt(attempt: LoginAttempt, now = Date.now()): Promise<RateLimitVerdict> {
  return takeTurns(turnsOf(attempt), now);
}

export async function settleSuccessfulLogin(attempt: LoginAttempt): Promise<void> {
  const [accountAndAddress, ...others] = turnsOf(attempt);
  await Promise.all([forget(accountAndAddress), ...others.map(giveBack)]);
}

/** A deleted account's name is free again, without the guesses made at its previous owner (from every address). */
export async function forgetAccountAttempts(tx: Prisma.TransactionClient, accountKey: string): Promise<void> {
  const fromAnyAddress = accountAndAddress(accountKey, "");
  await forget({ limit: LIMITS.loginAccount, subject: accountKey }, tx);
  await tx.$executeRaw`
    DELETE FROM "RateLimit" WHERE "bucket" = ${LIMITS.loginAccountAddress.bucket}
      AND substr("subject", 1, ${fromAnyAddress.length}) = ${fromAnyAddress}`;
}
