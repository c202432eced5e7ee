import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { siteUrl } from "@/lib/mail/site-url";
import { notificationChoices, stopMailOf } from "@/lib/notifications/preferences";
import { NOTIFICATION_TYPES, TYPE_LABELS, type NotificationType } from "@/lib/notifications/types";

/** What one link stops: one type's mail, or the daily digest (every type now sent in it). */
export type UnsubscribeScope = NotificationType | "DIGEST";

const scopeSchema = z.enum([...NOTIFICATION_TYPES, "DIGEST"]);

const signatureOf = (payload: string) => createHmac("sha256", env.AUTH_SECRET).update(`unsubscribe:${payload}`).digest("base64url");

/**
 * A link that needs no log-in (the mail client follows it, RFC 8058) and
 * never expires, so it is signed rather than stored: the member and the
 * scope, with an HMAC under AUTH_SECRET.
 */
export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  const payload = Buffer.from(`${userId}:${scope}`).toString("base64url");
  return `${payload}.${signatureOf(payload)}`;
}

export const unsubscribeUrl = (userId: string, scope: UnsubscribeScope) =>
  siteUrl(`/api/unsubscribe?token=${unsubscribeToken(userId, scope)}`);

export type Unsubscription = { userId: string; scope: UnsubscribeScope; username: string; what: string };

/** The member and scope a token names, or null when it is forged, damaged, or its member is gone. */
export async function readUnsubscribeToken(token: string): Promise<Unsubscription | null> {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(signatureOf(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scopeText] = Buffer.from(payload, "base64url").toString().split(":");
  const scope = scopeSchema.safeParse(scopeText);
  if (!userId || !scope.success) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  if (!user) return null;
  return {
    userId,
    scope: scope.data,
    username: user.username,
    what: scope.data === "DIGEST" ? "the daily digest" : TYPE_LABELS[scope.data].toLowerCase(),
  };
}

/** Stops what the link names: a type's mail, or every type the digest carries. */
export async function unsubscribe({ userId, scope }: Pick<Unsubscription, "userId" | "scope">): Promise<void> {
  if (scope !== "DIGEST") return stopMailOf(userId, scope);
  const choices = await notificationChoices(userId);
  for (const type of NOTIFICATION_TYPES) if (choices[type].mail === "DIGEST") await stopMailOf(userId, type);
}
