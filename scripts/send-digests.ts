/**
 * npm run notifications:digests
 * Queues today's notification digest of every member with something
 * waiting for it, now, whatever the hour: for an operator whose servers
 * were down at NOTIFICATION_DIGEST_HOUR_UTC, or who runs the digests from
 * cron instead. Each member still gets at most one a day; the app's job
 * worker sends them (SMTP_URL).
 */
import "./load-env";
import { db } from "@/lib/db";
import { sendDueDigests } from "@/lib/notifications/mail";

try {
  const queued = await sendDueDigests();
  console.log(`${queued} digest mail(s) queued; the app's job worker sends them.`);
} finally {
  await db.$disconnect();
}
