/**
 * Official pusher-js clients (the Node build) on one channel, recording when
 * each benchmark message reaches each of them, in milliseconds since the
 * Unix epoch with sub-millisecond precision, comparable across processes.
 */
import PusherClient from "pusher-js";
import { withTimeout } from "../support/processes";

/** How many clients connect at once: a ramp, as real visitors arrive. */
const CONNECT_BATCH = 50;
const CONNECT_LIMIT_MS = 60_000;

export type BenchMessage = { seq: number };
export type Arrival = { seq: number; at: number };
export type ClientsTarget = { count: number; key: string; port: number; channel: string; event: string };

/** The clock both the trigger side and every client process read. */
export const epochMs = () => performance.timeOrigin + performance.now();

export type Clients = { arrivals: Arrival[]; disconnect: () => void };

function connectOne(target: ClientsTarget, clients: PusherClient[], arrivals: Arrival[]): Promise<void> {
  const client = new PusherClient(target.key, {
    cluster: "mt1",
    wsHost: "127.0.0.1",
    wsPort: target.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
  });
  // Kept at once, so that a failed ramp still disconnects every client it made.
  clients.push(client);
  const channel = client.subscribe(target.channel);
  channel.bind(target.event, (data: BenchMessage) => arrivals.push({ seq: data.seq, at: epochMs() }));
  return new Promise((resolve, reject) => {
    channel.bind("pusher:subscription_succeeded", () => resolve());
    channel.bind("pusher:subscription_error", (error: unknown) => reject(new Error(`subscription refused: ${JSON.stringify(error)}`)));
  });
}

export async function connectClients(target: ClientsTarget): Promise<Clients> {
  const clients: PusherClient[] = [];
  const arrivals: Arrival[] = [];
  const disconnect = () => clients.forEach((client) => client.disconnect());
  try {
    for (let start = 0; start < target.count; start += CONNECT_BATCH) {
      const batch = Array.from({ length: Math.min(CONNECT_BATCH, target.count - start) }, () => connectOne(target, clients, arrivals));
      await withTimeout(Promise.all(batch), CONNECT_LIMIT_MS, `connecting clients ${start + 1}–${start + batch.length}`);
    }
  } catch (error) {
    disconnect();
    throw error;
  }
  return { arrivals, disconnect };
}
