import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { connectionRefused, startOwnServer, type OwnServer } from "./support/own-server";

/**
 * `WEB_CONCURRENCY=2 npm start`: two `next start` processes on one port.
 * Each test starts its own server (the shared one must not be stopped),
 * at an offset of its own from the shutdown spec's.
 */
const PORT_OFFSET = 40;
const startTwoProcesses = () => startOwnServer({ portOffset: PORT_OFFSET, env: { WEB_CONCURRENCY: "2" } });

let server: OwnServer | undefined;
test.describe.configure({ mode: "serial" });
test.beforeEach(() => test.setTimeout(180_000));
test.afterEach(() => server?.remove());

/** Every process below `pid`, from one reading of /proc. */
function descendantsOf(pid: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The parent is the 2nd field after the parenthesised command name.
      const parent = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(entry)]);
    } catch {
      // It exited while we looked.
    }
  }
  const below = (parent: number): number[] => (childrenOf.get(parent) ?? []).flatMap((child) => [child, ...below(child)]);
  return below(pid);
}

/** The `next start` processes the server runs, by the title Next.js gives them (the cluster's primary is web-processes.mjs). */
function webProcessesOf(serverPid: number): number[] {
  return descendantsOf(serverPid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server");
    } catch {
      return false;
    }
  });
}

/** CPU time a process has used, in clock ticks (user + system). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("two web processes share the port, both serve pages, and SIGTERM stops both and exits 0", async () => {
  server = await startTwoProcesses();
  const { baseUrl } = server;
  await expect.poll(() => server?.output()).toContain("2 web processes listening");
  const workers = webProcessesOf(server.process.pid!);
  expect(workers).toHaveLength(2);

  const before = workers.map(cpuTicks);
  // Twenty at once: twenty connections, handed to the processes in turn.
  for (let round = 0; round < 3; round++) {
    const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${baseUrl}/login`).then((response) => response.status)));
    expect(statuses.every((status) => status === 200)).toBe(true);
  }
  const worked = workers.map((pid, index) => cpuTicks(pid) - before[index]);
  expect(
    worked.every((ticks) => ticks > 0),
    `CPU ticks each process used: ${worked.join(", ")}`,
  ).toBe(true);

  server.process.kill("SIGTERM");
  expect(await server.exited).toBe(0);
  expect(workers.filter(isRunning)).toEqual([]);
  expect(await connectionRefused(server.port)).toBe(true);
});

test("when one web process dies, the other is stopped and npm start exits non-zero", async () => {
  server = await startTwoProcesses();
  await expect.poll(() => server?.output()).toContain("2 web processes listening");
  const [victim, survivor] = webProcessesOf(server.process.pid!);

  process.kill(victim, "SIGKILL");
  expect(await server.exited).not.toBe(0);
  expect(isRunning(survivor)).toBe(false);
  expect(server.output()).toMatch(/web process \d+ exited \(SIGKILL\); stopping the others/);
  expect(await connectionRefused(server.port)).toBe(true);
});
