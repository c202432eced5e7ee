import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  ALWAYS_IN_SITE,
  DEFAULT_CHOICES,
  MAIL_CHOICES,
  NOTIFICATION_TYPES,
  type MailChoice,
  type NotificationChoice,
  type NotificationType,
} from "@/lib/notifications/types";
import { done, type Result } from "@/lib/result";

type Reader = Pick<Prisma.TransactionClient, "notificationPreference">;
export type NotificationChoices = Record<NotificationType, NotificationChoice>;

const isMailChoice = (value: string): value is MailChoice => (MAIL_CHOICES as readonly string[]).includes(value);

/** A stored choice, or the type's default; a moderators' decision shows in the site whatever is stored. */
function choiceOf(type: NotificationType, stored: { inSite: boolean; mail: string } | undefined): NotificationChoice {
  const choice = stored && isMailChoice(stored.mail) ? { inSite: stored.inSite, mail: stored.mail } : DEFAULT_CHOICES[type];
  return ALWAYS_IN_SITE.has(type) ? { ...choice, inSite: true } : choice;
}

/** Every type's choice for one member, defaults filled in: the settings table. */
export async function notificationChoices(userId: string, reader: Reader = db): Promise<NotificationChoices> {
  const rows = await reader.notificationPreference.findMany({ where: { userId }, select: { type: true, inSite: true, mail: true } });
  const stored = new Map(rows.map((row) => [row.type, row]));
  return Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, choiceOf(type, stored.get(type))])) as NotificationChoices;
}

/**
 * Stores the member's choices, all types at once. Mail already waiting for
 * a type now set to "no mail" (or from "at once" to the digest) follows the
 * new choice: what waits is re-checked when it is sent.
 */
export async function saveNotificationChoices(userId: string, choices: NotificationChoices): Promise<Result<void>> {
  await db.$transaction(async (tx) => {
    for (const type of NOTIFICATION_TYPES) {
      const choice = choiceOf(type, choices[type]);
      await tx.notificationPreference.upsert({
        where: { userId_type: { userId, type } },
        create: { userId, type, ...choice },
        update: choice,
        select: { userId: true },
      });
    }
  });
  return done(undefined, "Notification choices saved.");
}

/** The one-click unsubscribe: no more mail of one type, the in-site choice left as it was. */
export async function stopMailOf(userId: string, type: NotificationType): Promise<void> {
  await db.$transaction(async (tx) => {
    const { inSite } = (await notificationChoices(userId, tx))[type];
    await tx.notificationPreference.upsert({
      where: { userId_type: { userId, type } },
      create: { userId, type, inSite, mail: "NONE" },
      update: { mail: "NONE" },
      select: { userId: true },
    });
    await tx.notification.updateMany({ where: { recipientId: userId, type, pendingMail: { not: null } }, data: { pendingMail: null } });
  });
}
