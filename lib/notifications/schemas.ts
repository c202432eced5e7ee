import { z } from "zod";
import {
  choiceFieldNames,
  MAIL_CHOICES,
  NOTIFICATION_TYPES,
  type MailChoice,
  type NotificationChoice,
  type NotificationType,
} from "@/lib/notifications/types";

export type NotificationCursor = { latestAt: Date; key: string };

/**
 * The list's ?before= cursor: the last group's newest time (ms) and key.
 * Anything odd in the address means the newest page, never an error.
 */
export const notificationCursorSchema = z
  .string()
  .regex(/^\d{1,15}_[A-Za-z0-9:_-]{1,200}$/)
  .transform((value): NotificationCursor => {
    const split = value.indexOf("_");
    return { latestAt: new Date(Number(value.slice(0, split))), key: value.slice(split + 1) };
  })
  .optional()
  .catch(undefined);

export const notificationCursorParam = (cursor: NotificationCursor) => `${cursor.latestAt.getTime()}_${cursor.key}`;

export const notificationIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);

const mailChoice = z.enum(MAIL_CHOICES, { error: "Choose no mail, at once or the daily digest" });
const ticked = z.literal("on").optional().transform(Boolean);

/** The settings table, every type at once. */
export const notificationChoicesSchema = z
  .object(
    Object.fromEntries(
      NOTIFICATION_TYPES.flatMap((type) => [
        [choiceFieldNames(type).inSite, ticked],
        [choiceFieldNames(type).mail, mailChoice],
      ]),
    ),
  )
  .transform(
    (fields) =>
      Object.fromEntries(
        NOTIFICATION_TYPES.map((type) => {
          const names = choiceFieldNames(type);
          return [type, { inSite: fields[names.inSite] as boolean, mail: fields[names.mail] as MailChoice }];
        }),
      ) as Record<NotificationType, NotificationChoice>,
  );
