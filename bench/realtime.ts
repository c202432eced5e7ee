/**
 * `npm run bench:realtime`: the figures asked for in the chat issue, on this
 * machine over loopback. For N = 500 and N = 2,000: a fresh realtime server
 * in its own process (scripts/realtime-server.ts), N official pusher-js
 * clients on one public channel (spread over two processes, one per core,
 * as real clients are spread over machines), messages triggered through the HTTP API
 * with the official `pusher` SDK at a steady rate; then delivery latency
 * p50/p99 (trigger to each client's callback), messages lost, and the
 * server's memory per connection (its RSS with the clients connected, less
 * its RSS before, divided by N).
 * Targets: p99 ≤ 50 ms at 500 clients and ≤ 150 ms at 2,000, nothing lost.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Pusher from "pusher";
import { startFleet } from "./realtime/fleet";
import { measureDelivery, type DeliveryFigures } from "./realtime/delivery";
import { startRealtimeServer } from "./realtime/server-process";
import { sized, verdict } from "./support/quick";
import { runBenchmark } from "./support/run";
import { heading, mib, ms, table } from "./support/stats";

const RUNS = sized(
  [
    { clients: 500, targetP99Ms: 50 },
    { clients: 2_000, targetP99Ms: 150 },
  ],
  [{ clients: 50, targetP99Ms: 50 }],
);
/** Chat-like traffic: a message every 100 ms to everyone in the room, after a few to warm up. */
const MESSAGES = sized(200, 20);
const WARM_UP_MESSAGES = sized(20, 5);
const INTERVAL_MS = 100;
const CHANNEL = "bench-room";
const EVENT = "message";
/** Lets the server's memory settle after the ramp before it is read. */
const SETTLE_MS = sized(2_000, 500);
const WATCHDOG_MS = 10 * 60_000;
const CLIENT_PROCESSES = 2;

type RunFigures = {
  clients: number;
  targetP99Ms: number;
  delivery: DeliveryFigures;
  baselineRss: number;
  connectedRss: number;
  afterRss: number;
  connectSeconds: number;
};

async function measureRun(clients: number, targetP99Ms: number): Promise<RunFigures> {
  const credentials = { appId: "bench", key: "bench-key", secret: randomBytes(20).toString("hex") };
  const server = await startRealtimeServer(path.resolve(import.meta.dirname, ".."), credentials, clients);
  const sdk = new Pusher({ ...credentials, host: "127.0.0.1", port: String(server.port), useTLS: false });
  try {
    await sleep(SETTLE_MS);
    const baselineRss = server.rssBytes();
    const connectStarted = performance.now();
    const fleet = await startFleet(
      { count: clients, key: credentials.key, port: server.port, channel: CHANNEL, event: EVENT },
      CLIENT_PROCESSES,
    );
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    try {
      await sleep(SETTLE_MS);
      const connectedRss = server.rssBytes();
      await measureDelivery(sdk, fleet, {
        channel: CHANNEL,
        event: EVENT,
        messages: WARM_UP_MESSAGES,
        intervalMs: INTERVAL_MS,
        firstSeq: 0,
      });
      const delivery = await measureDelivery(sdk, fleet, {
        channel: CHANNEL,
        event: EVENT,
        messages: MESSAGES,
        intervalMs: INTERVAL_MS,
        firstSeq: WARM_UP_MESSAGES,
      });
      return { clients, targetP99Ms, delivery, baselineRss, connectedRss, afterRss: server.rssBytes(), connectSeconds };
    } finally {
      await fleet.disconnect();
    }
  } finally {
    await server.process.stop();
  }
}

function report(runs: RunFigures[]): void {
  heading("Delivery latency (trigger → each client's callback)");
  console.log(`  ${MESSAGES} messages per run, one every ${INTERVAL_MS} ms, after ${WARM_UP_MESSAGES} to warm up; one public channel.\n`);
  console.log(
    table(
      ["clients", "deliveries", "p50", "p99", "max", "lost", "duplicates", "failed triggers", "target", "verdict"],
      runs.map(({ clients, targetP99Ms, delivery }) => [
        clients.toLocaleString("en"),
        `${delivery.delivered.toLocaleString("en")} / ${delivery.expected.toLocaleString("en")}`,
        ms(delivery.latency.p50),
        ms(delivery.latency.p99),
        ms(delivery.latency.max),
        String(delivery.lost),
        String(delivery.duplicates),
        String(delivery.failedTriggers),
        `p99 ≤ ${targetP99Ms} ms, 0 lost`,
        verdict(delivery.latency.p99 <= targetP99Ms && delivery.lost === 0 && delivery.failedTriggers === 0),
      ]),
    ),
  );
  heading("Realtime server memory (RSS of its own process)");
  console.log(
    table(
      ["clients", "ramp", "idle", "connected", "after messages", "per connection"],
      runs.map((run) => [
        run.clients.toLocaleString("en"),
        `${run.connectSeconds.toFixed(1)} s`,
        mib(run.baselineRss),
        mib(run.connectedRss),
        mib(run.afterRss),
        `${((run.connectedRss - run.baselineRss) / run.clients / 1024).toFixed(1)} KiB`,
      ]),
    ),
  );
}

async function main(): Promise<void> {
  console.log(`Realtime benchmark: Node ${process.version}, loopback, the server and the clients in separate processes.`);
  const runs: RunFigures[] = [];
  for (const { clients, targetP99Ms } of RUNS) {
    console.log(`  ${clients.toLocaleString("en")} clients…`);
    runs.push(await measureRun(clients, targetP99Ms));
  }
  report(runs);
}

runBenchmark("bench:realtime", main, WATCHDOG_MS);
