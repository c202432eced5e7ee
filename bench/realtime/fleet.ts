/**
 * N clients spread over a few child processes (client-process.ts), driven
 * over IPC: how many arrivals so far, hand them over, disconnect.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Arrival, ClientsTarget } from "./clients";
import { onCleanup, withTimeout } from "../support/processes";

export type FleetShare = ClientsTarget;
export type FleetRequest = { type: "count" } | { type: "collect" } | { type: "disconnect" };
export type FleetReply =
  { type: "connected" } | { type: "count"; received: number } | { type: "arrivals"; seqs: number[]; times: number[] };

const CONNECT_LIMIT_MS = 120_000;
const ANSWER_LIMIT_MS = 30_000;

export type Fleet = {
  readonly clients: number;
  /** Arrivals since the last collect, summed over the processes. */
  received(): Promise<number>;
  /** Every arrival since the last collect; starts a new count. */
  collect(): Promise<Arrival[]>;
  disconnect(): Promise<void>;
};

function nextReply<T extends FleetReply["type"]>(child: ChildProcess, type: T, limitMs: number): Promise<Extract<FleetReply, { type: T }>> {
  const answer = new Promise<Extract<FleetReply, { type: T }>>((resolve, reject) => {
    const onMessage = (message: FleetReply) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message as Extract<FleetReply, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`a client process exited (code ${code}) before answering ${type}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
  return withTimeout(answer, limitMs, `a client process answering ${type}`);
}

function ask<T extends FleetReply["type"]>(child: ChildProcess, request: FleetRequest, type: T) {
  const answer = nextReply(child, type, ANSWER_LIMIT_MS);
  child.send(request);
  return answer;
}

export async function startFleet(target: ClientsTarget, processes: number): Promise<Fleet> {
  const script = path.join(import.meta.dirname, "client-process.ts");
  const children = Array.from({ length: processes }, (_, index) => {
    const count = Math.floor(target.count / processes) + (index < target.count % processes ? 1 : 0);
    // fork() runs Node with this process's flags (tsx's loader) and an IPC channel.
    const child = fork(script, [JSON.stringify({ ...target, count } satisfies FleetShare)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    onCleanup(() => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });
    return child;
  });
  await Promise.all(children.map((child) => nextReply(child, "connected", CONNECT_LIMIT_MS)));

  return {
    clients: target.count,
    async received() {
      const counts = await Promise.all(children.map((child) => ask(child, { type: "count" }, "count")));
      return counts.reduce((sum, reply) => sum + reply.received, 0);
    },
    async collect() {
      const replies = await Promise.all(children.map((child) => ask(child, { type: "collect" }, "arrivals")));
      return replies.flatMap((reply) => reply.seqs.map((seq, index) => ({ seq, at: reply.times[index] })));
    },
    async disconnect() {
      const exits = children.map(
        (child) => new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null))),
      );
      for (const child of children) if (child.connected) child.send({ type: "disconnect" } satisfies FleetRequest);
      await withTimeout(Promise.all(exits), ANSWER_LIMIT_MS, "the client processes to exit");
    },
  };
}
