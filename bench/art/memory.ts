/** Runs memory-probe.ts in a child process and reads back its figures. */
import path from "node:path";
import { SERVER_PROCESS_ENV } from "@/lib/deployment/server-process-env";
import { spawnGroup, withTimeout } from "../support/processes";

export const MEMORY_RESULT_MARKER = "BENCH_MEMORY ";

export type MemoryResult = {
  uploads: number;
  baselineRss: number;
  /** Highest sample until every upload was viewable: the part the image queue bounds. */
  peakRssUntilViewable: number;
  /** Highest sample overall, the AVIF tail included. */
  peakRss: number;
  /** Milliseconds from the start to the highest sample. */
  peakAtMs: number;
  /** RSS once everything was done: what the allocator kept. */
  finalRss: number;
  /** Until every upload was viewable, then until every AVIF was attached too. */
  allViewableMs: number;
  allDoneMs: number;
  viewableMs: number[];
};

const PROBE_LIMIT_MS = 180_000;

/**
 * The child gets the same Node flags as this process (tsx's loader and
 * --conditions=react-server) and the environment, which points at the bench
 * storage, with what `npm start` adds for a server process.
 */
export async function measureConcurrentUploads(jpegPath: string, authorId: string, uploads: number): Promise<MemoryResult> {
  const probe = path.join(import.meta.dirname, "memory-probe.ts");
  const child = spawnGroup(process.execPath, [...process.execArgv, probe, jpegPath, authorId, String(uploads)], {
    env: { ...process.env, ...SERVER_PROCESS_ENV },
  });
  const code = await withTimeout(child.exited, PROBE_LIMIT_MS, "the concurrent-upload memory probe");
  const line = child.tail().find((text) => text.startsWith(MEMORY_RESULT_MARKER));
  if (code !== 0 || !line) throw new Error(`the memory probe failed (exit ${code}):\n${child.tail().join("\n")}`);
  return JSON.parse(line.slice(MEMORY_RESULT_MARKER.length)) as MemoryResult;
}
