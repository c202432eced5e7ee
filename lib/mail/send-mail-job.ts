import "server-only";
import { z } from "zod";
import { jobKind } from "@/lib/jobs/kinds";

/** Sends one OutgoingMail row through SMTP; enqueued in the transaction that writes the row. */
export const sendMailJob = jobKind("send-mail", z.object({ mailId: z.string().min(1) }), { maxAttempts: 12 });
