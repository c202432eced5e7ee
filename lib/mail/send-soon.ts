import "server-only";
import { after } from "next/server";
import { runDueJobs } from "@/lib/jobs/queue";

/**
 * For an action whose transaction queued mail: this instance sends it as
 * soon as the response is out, rather than at its worker's next poll, so a
 * link the member waits for arrives in seconds. Without a worker here the
 * mail still goes at the next poll of any instance.
 */
export function sendMailSoon(): void {
  after(runDueJobs);
}
