/**
 * Child processes the benchmark starts (the build, `next start`, the memory
 * probe) and the clean-up that must run however the benchmark ends.
 */
import { spawn, type SpawnOptions } from "node:child_process";

type CleanupTask = () => Promise<void> | void;
const cleanupTasks: CleanupTask[] = [];

/** Registers work to undo at the end; tasks run newest first, like nested finally blocks. */
export function onCleanup(task: CleanupTask): void {
  cleanupTasks.push(task);
}

export async function runCleanup(): Promise<void> {
  for (let task = cleanupTasks.pop(); task; task = cleanupTasks.pop()) {
    try {
      await task();
    } catch (error) {
      console.error("clean-up step failed:", error);
    }
  }
}

export type GroupProcess = {
  pid: number;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The last lines the process wrote, for error messages. */
  tail: () => string[];
  /** Ends the whole process group: npm and npx start grandchildren that a plain kill would orphan. */
  stop: () => Promise<void>;
};

const TAIL_LINES = 40;
const STOP_GRACE_MS = 5_000;

/**
 * Starts a command as the leader of its own process group, keeping the tail
 * of its output, and registers its stop for clean-up.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): GroupProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString()
        .split("\n")
        .filter((line) => line.trim() !== ""),
    );
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // "close", not "exit": by then the output has been read to the end, last line included.
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    // npm and npx wait for their children, so a finished leader means a finished group.
    if (!running) return;
    signalGroup(pid, "SIGTERM");
    const timer = new Promise<"timeout">((resolve) => setTimeout(resolve, STOP_GRACE_MS, "timeout").unref());
    if ((await Promise.race([exited, timer])) === "timeout") {
      signalGroup(pid, "SIGKILL");
      await exited;
    }
  };
  onCleanup(stop);
  return { pid, exited, tail: () => [...lines], stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Rejects after `limitMs`, naming what took too long; every wait in the benchmark is bounded. */
export async function withTimeout<T>(work: Promise<T>, limitMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(limitMs / 1000)} s`)), limitMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
