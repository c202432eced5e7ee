import "server-only";
import { z } from "zod";
import { jobKind } from "@/lib/jobs/kinds";

/** One "at once" notification mail, due once its delay has passed; lib/notifications/mail.ts runs it. */
export const notificationMailJob = jobKind("notification-mail", z.object({ notificationId: z.number().int().positive() }));
