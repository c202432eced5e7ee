import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * OWASP's "device cookie": a browser that signed in to an account carries a
 * token for that account, signed with AUTH_SECRET, and is spared the
 * account-wide log-in ceiling (lib/auth/login-limits.ts) that an attack
 * from many addresses would otherwise raise against the member too. It
 * names the account only as a keyed hash, and holds the last account the
 * browser signed in to.
 */
const KNOWN_DEVICE_COOKIE = "known-device";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

function tokenFor(accountKey: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`known-device:${accountKey}`).digest("base64url");
}

export async function isKnownDevice(accountKey: string): Promise<boolean> {
  const presented = Buffer.from((await cookies()).get(KNOWN_DEVICE_COOKIE)?.value ?? "");
  const expected = Buffer.from(tokenFor(accountKey));
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

export async function rememberDevice(accountKey: string): Promise<void> {
  // Next.js fills in X-Forwarded-Proto from the socket when no proxy sent one.
  const https = (await headers()).get("x-forwarded-proto")?.startsWith("https") ?? false;
  (await cookies()).set(KNOWN_DEVICE_COOKIE, tokenFor(accountKey), {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    maxAge: ONE_YEAR_SECONDS,
    path: "/",
  });
}
