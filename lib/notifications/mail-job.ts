import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { jobKind } from "@/lib/jobs/kinds";

/** One "at once" notification mail, due once its delay has passed; lib/notifications/mail.ts runs it. */
export const notificationMailJob = jobKind("notification-mail", z.object({ notificationId: z.number().int().positive() }));

/** When an "at once" mail of a notification made now is due: after the delay in which reading it in the site sends none. */
export const mailDueAt = (now: Date) => new Date(now.getTime() + env.NOTIFICATION_MAIL_DELAY_SECONDS * 1_000);
