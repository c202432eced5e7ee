/**
 * N official pusher-js clients (the Node build) on one channel, recording
 * when each benchmark message reaches each of them.
 */
import PusherClient from "pusher-js";
import { withTimeout } from "../processes";

/** How many clients connect at once: a ramp, as real visitors arrive. */
const CONNECT_BATCH = 100;
const CONNECT_LIMIT_MS = 60_000;

export type BenchMessage = { seq: number };
export type Arrival = { seq: number; at: number };

export type ClientFleet = {
  clients: PusherClient[];
  /** Every arrival of a benchmark message at any client, with performance.now(). */
  arrivals: Arrival[];
  disconnect: () => void;
};

function connectOne(key: string, port: number, channelName: string, event: string, fleet: ClientFleet): Promise<PusherClient> {
  const client = new PusherClient(key, {
    cluster: "mt1",
    wsHost: "127.0.0.1",
    wsPort: port,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
  });
  // Kept at once, so that a failed ramp still disconnects every client it made.
  fleet.clients.push(client);
  const channel = client.subscribe(channelName);
  channel.bind(event, (data: BenchMessage) => fleet.arrivals.push({ seq: data.seq, at: performance.now() }));
  return new Promise((resolve, reject) => {
    channel.bind("pusher:subscription_succeeded", () => resolve(client));
    channel.bind("pusher:subscription_error", (error: unknown) => reject(new Error(`subscription refused: ${JSON.stringify(error)}`)));
  });
}

export async function connectFleet(count: number, key: string, port: number, channelName: string, event: string): Promise<ClientFleet> {
  const clients: PusherClient[] = [];
  const fleet: ClientFleet = { clients, arrivals: [], disconnect: () => clients.forEach((client) => client.disconnect()) };
  try {
    for (let start = 0; start < count; start += CONNECT_BATCH) {
      const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - start) }, () => connectOne(key, port, channelName, event, fleet));
      await withTimeout(Promise.all(batch), CONNECT_LIMIT_MS, `connecting clients ${start + 1}–${start + batch.length}`);
    }
  } catch (error) {
    fleet.disconnect();
    throw error;
  }
  return fleet;
}
