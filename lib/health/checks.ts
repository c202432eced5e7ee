import "server-only";
import { db } from "@/lib/db";
import { pusher } from "@/lib/realtime/pusher";

export type ComponentStatus = "ok" | "down";
export type HealthReport = { status: "ok" | "unavailable"; database: ComponentStatus; realtime: ComponentStatus };

/** A check's failure is logged for whoever runs the site; the public answer only says "down". */
async function statusOf(component: string, check: () => Promise<unknown>): Promise<ComponentStatus> {
  try {
    await check();
    return "ok";
  } catch (error) {
    console.warn(`Health: ${component} is down: ${error instanceof Error ? error.message : String(error)}`);
    return "down";
  }
}

/** A query through the app's own connection (and its lock), so a stuck transaction shows too. */
const databaseAnswers = () => db.$queryRaw`SELECT 1`;

/** A channel nobody joins: asking about it costs the same however many channels are open. */
export const HEALTH_PROBE_CHANNEL = "health-check";

/**
 * A signed call to the realtime server's HTTP API: it answers 200 only when
 * it is up and takes the app's credentials, which is what the chat needs.
 * It asks about one channel, which Pusher's cloud, soketi and the bundled
 * server all answer, not for the list of every channel.
 */
async function realtimeAnswers(): Promise<void> {
  const response = await pusher.get({ path: `/channels/${HEALTH_PROBE_CHANNEL}` });
  if (!response.ok) throw new Error(`the channel API answered ${response.status}`);
}

/** What load balancers and uptime checks read: both parts must answer. */
export async function healthReport(): Promise<HealthReport> {
  const [database, realtime] = await Promise.all([statusOf("database", databaseAnswers), statusOf("realtime server", realtimeAnswers)]);
  return { status: database === "ok" && realtime === "ok" ? "ok" : "unavailable", database, realtime };
}
