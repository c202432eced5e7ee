/**
 * Messages triggered through the HTTP API with the official `pusher` SDK at
 * a steady rate, and how long each took to reach every client: from just
 * before the SDK's request to the client's event callback, both read as
 * epoch milliseconds (the clients live in other processes).
 */
import type Pusher from "pusher";
import { setTimeout as sleep } from "node:timers/promises";
import { distribution, type Distribution } from "../support/stats";
import { epochMs } from "./clients";
import type { Fleet } from "./fleet";

/** How long stragglers may take after the last message before they count as lost. */
const DRAIN_LIMIT_MS = 10_000;
const DRAIN_POLL_MS = 50;

export type DeliveryPlan = { channel: string; event: string; messages: number; intervalMs: number; firstSeq: number };
export type DeliveryFigures = {
  latency: Distribution;
  expected: number;
  delivered: number;
  lost: number;
  duplicates: number;
  failedTriggers: number;
};

async function triggerAtSteadyRate(sdk: Pusher, plan: DeliveryPlan, sentAt: Map<number, number>): Promise<number> {
  const started = epochMs();
  // Each outcome is caught at once: a request failing while later ones are still being scheduled is counted, not unhandled.
  const requests: Promise<boolean>[] = [];
  for (let index = 0; index < plan.messages; index++) {
    // Absolute schedule: a slow request delays no later message.
    const due = started + index * plan.intervalMs;
    if (due > epochMs()) await sleep(due - epochMs());
    const seq = plan.firstSeq + index;
    sentAt.set(seq, epochMs());
    requests.push(
      sdk.trigger(plan.channel, plan.event, { seq }).then(
        () => true,
        () => false,
      ),
    );
  }
  const outcomes = await Promise.all(requests);
  return outcomes.filter((succeeded) => !succeeded).length;
}

export async function measureDelivery(sdk: Pusher, fleet: Fleet, plan: DeliveryPlan): Promise<DeliveryFigures> {
  await fleet.collect();
  const sentAt = new Map<number, number>();
  const failedTriggers = await triggerAtSteadyRate(sdk, plan, sentAt);
  const expected = plan.messages * fleet.clients;
  const deadline = performance.now() + DRAIN_LIMIT_MS;
  while ((await fleet.received()) < expected && performance.now() < deadline) await sleep(DRAIN_POLL_MS);

  const perMessage = new Map<number, number>();
  const latencies: number[] = [];
  for (const arrival of await fleet.collect()) {
    const sent = sentAt.get(arrival.seq);
    if (sent === undefined) continue;
    perMessage.set(arrival.seq, (perMessage.get(arrival.seq) ?? 0) + 1);
    latencies.push(arrival.at - sent);
  }
  const clients = fleet.clients;
  let lost = 0;
  let duplicates = 0;
  for (const seq of sentAt.keys()) {
    const count = perMessage.get(seq) ?? 0;
    lost += Math.max(0, clients - count);
    duplicates += Math.max(0, count - clients);
  }
  return { latency: distribution(latencies), expected, delivered: latencies.length, lost, duplicates, failedTriggers };
}
