import { spawn, type SpawnOptions } from "node:child_process";
import net from "node:net";

/** A server a test started on loopback, stopped by its own PID. */
export type RunningService = { name: string; pid: number; port: number; stop(): Promise<void> };

export type ServiceCommand = {
  name: string;
  command: string;
  args: string[];
  /** The loopback port it listens on; ready once a TCP connection is accepted there. */
  port: number;
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Run as another user (PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
  readyTimeoutMs?: number;
  /** How it is asked to stop; SIGTERM unless the server reads that as "wait for every client" (PostgreSQL). */
  stopSignal?: NodeJS.Signals;
};

/** A port nothing listens on right now, chosen by the kernel. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => resolve(socket.end() && true));
    socket.once("error", () => resolve(false));
  });
}

const running = new Set<number>();
// A test run that dies must not leave servers behind on the machine.
process.once("exit", () => {
  for (const pid of running) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/** Starts the command and resolves once its port accepts connections; its output is kept for the error when it does not. */
export async function startService(service: ServiceCommand): Promise<RunningService> {
  const options: SpawnOptions = { cwd: service.cwd, env: { ...process.env, ...service.env }, stdio: ["ignore", "pipe", "pipe"] };
  if (service.uid !== undefined) Object.assign(options, { uid: service.uid, gid: service.gid });
  const child = spawn(service.command, service.args, options);
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code ?? null)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  if (child.pid === undefined) throw new Error(`${service.name} did not start: ${output}`);
  const pid = child.pid;
  running.add(pid);

  const deadline = Date.now() + (service.readyTimeoutMs ?? 30_000);
  while (!(await accepts(service.port))) {
    if (hasExited || Date.now() > deadline) {
      child.kill("SIGKILL");
      running.delete(pid);
      throw new Error(`${service.name} did not listen on 127.0.0.1:${service.port}${hasExited ? " (it exited)" : ""}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    name: service.name,
    pid,
    port: service.port,
    async stop() {
      if (!hasExited) {
        process.kill(pid, service.stopSignal ?? "SIGTERM");
        const killLater = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(killLater);
      }
      running.delete(pid);
    },
  };
}
