/**
 * A child process of the benchmark holding its share of the pusher-js
 * clients, so that receiving is spread over the cores as it is over real
 * visitors' machines. Talks to the parent over IPC (see fleet.ts).
 */
import { connectClients } from "./clients";
import type { FleetReply, FleetRequest, FleetShare } from "./fleet";

function reply(message: FleetReply): void {
  process.send?.(message);
}

const share = JSON.parse(process.argv[2] ?? "null") as FleetShare | null;
if (!share || !process.send) throw new Error("client-process.ts is started by fleet.ts with its share of the clients");

const clients = await connectClients(share);
reply({ type: "connected" });
process.on("message", (request: FleetRequest) => {
  switch (request.type) {
    case "count":
      return reply({ type: "count", received: clients.arrivals.length });
    case "collect": {
      const arrivals = clients.arrivals.splice(0);
      return reply({ type: "arrivals", seqs: arrivals.map((arrival) => arrival.seq), times: arrivals.map((arrival) => arrival.at) });
    }
    case "disconnect":
      clients.disconnect();
      process.disconnect();
      // pusher-js keeps timers until its sockets have closed; nothing is left to report.
      setTimeout(() => process.exit(0), 500).unref();
      return;
  }
});
