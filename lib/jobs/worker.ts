import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InvalidJobPayload, type JobHandler } from "@/lib/jobs/kinds";
import { claimJob, failJob, finishJob, renewLease, type ClaimedJob, type JobClient } from "@/lib/jobs/store";

export type JobWorkerOptions = {
  client: JobClient;
  handlers: JobHandler[];
  /** Jobs run at once by this worker. */
  concurrency: number;
  /** How often an idle worker looks for jobs other instances enqueued, or whose lease ran out. */
  pollIntervalMs: number;
  /** How long a claimed job is this worker's alone; renewed while it runs, so only a stopped worker's runs out. */
  leaseMs?: number;
  /** Wait before try `attempt + 1` after try `attempt` failed. */
  retryDelayMs?: (attempt: number) => number;
  now?: () => Date;
  /** Narrows the jobs this worker takes: a test's own among others' in the shared test database. */
  scope?: Prisma.JobWhereInput;
};

export const DEFAULT_LEASE_MS = 30_000;
const MAX_ERROR_LENGTH = 2_000;

/** 10 s, 20 s, 40 s, … up to an hour: a short outage is ridden out, a broken job does not spin. */
export function backOff(attempt: number): number {
  return Math.min(10_000 * 2 ** (attempt - 1), 3_600_000);
}

/** Host, process and a random tag: unique among every instance sharing the database, readable in the Job table. */
function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}

/**
 * Runs durable jobs (lib/jobs/store.ts): polls for due ones, and runs at
 * most `concurrency` at once. A job that throws is tried again after a
 * back-off until its kind's maxAttempts, then stays FAILED with its error.
 */
export class JobWorker {
  readonly id = newWorkerId();
  private readonly handlers: Map<string, JobHandler>;
  private readonly leaseMs: number;
  private readonly now: () => Date;
  private readonly retryDelayMs: (attempt: number) => number;
  /** Each slot's loop: takes and runs jobs one after another until none is due. */
  private readonly slots = new Set<Promise<void>>();
  /** Counts the calls for work (runDue, polls): a slot that found nothing looks again if one came meanwhile. */
  private calls = 0;
  private polling = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: JobWorkerOptions) {
    this.handlers = new Map(options.handlers.map((handler) => [handler.kind.name, handler]));
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.now = options.now ?? (() => new Date());
    this.retryDelayMs = options.retryDelayMs ?? backOff;
  }

  /** Starts polling at once: jobs a crash or a stopped instance left behind are the first taken. False if it already polls. */
  start(): boolean {
    if (this.polling || this.stopped) return false;
    this.polling = true;
    this.schedule(0);
    return true;
  }

  /**
   * Takes no job from now on and resolves when the running ones have ended.
   * A process that exits sooner leaves them to their lease: another
   * instance, or this one restarted, takes them once it runs out. Jobs not
   * yet taken stay pending for the next instance to start.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.polling = false;
    clearTimeout(this.timer);
    await this.idle();
  }

  /** Takes and runs due jobs until none is left, and resolves when the last has ended. */
  async runDue(): Promise<void> {
    this.callForWork();
    await this.idle();
  }

  private async idle(): Promise<void> {
    while (this.slots.size > 0) await Promise.all(this.slots);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.callForWork();
      if (this.polling) this.schedule(this.options.pollIntervalMs);
    }, delayMs);
    // Polling alone must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  private callForWork(): void {
    this.calls += 1;
    while (!this.stopped && this.slots.size < this.options.concurrency) {
      const slot = this.workSlot().finally(() => this.slots.delete(slot));
      this.slots.add(slot);
    }
  }

  private async workSlot(): Promise<void> {
    for (;;) {
      const calls = this.calls;
      if (this.stopped) return;
      const job = await this.claim();
      if (job) await this.execute(job);
      // Nothing due when it looked; but a job enqueued meanwhile comes with a call for work, so look once more.
      else if (calls === this.calls) return;
    }
  }

  private async claim(): Promise<ClaimedJob | null> {
    try {
      const { client, scope } = this.options;
      return await claimJob(client, { kinds: [...this.handlers.keys()], workerId: this.id, now: this.now(), leaseMs: this.leaseMs, scope });
    } catch (error) {
      console.error("[jobs] could not look for due jobs; trying again at the next poll", error);
      return null;
    }
  }

  /** Never rejects: a failure is recorded on the job, and a failure to record it is left to the lease. */
  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    const { client } = this.options;
    const maxAttempts = handler.kind.maxAttempts;
    const heartbeat = setInterval(() => void this.renew(job.id), this.leaseMs / 3);
    try {
      if (job.attempts > maxAttempts) {
        // Its earlier tries ended without an answer: the worker was stopped or crashed while running it, every time.
        const reason = `gave up after ${maxAttempts} attempts; the last ended with its worker stopping${job.lastError ? ` (earlier: ${job.lastError})` : ""}`;
        await failJob(client, job.id, this.id, describe(reason), null);
        console.error(`[jobs] ${job.kind} ${job.id} ${reason}`);
        return;
      }
      await handler.run(job.payload);
      await finishJob(client, job.id, this.id);
    } catch (error) {
      const giveUp = error instanceof InvalidJobPayload || job.attempts >= maxAttempts;
      const retryAt = giveUp ? null : new Date(this.now().getTime() + this.retryDelayMs(job.attempts));
      console.error(`[jobs] ${job.kind} ${job.id} failed (attempt ${job.attempts} of ${maxAttempts}${giveUp ? ", giving up" : ""})`, error);
      await failJob(client, job.id, this.id, describe(error), retryAt).catch((recordError: unknown) =>
        console.error(`[jobs] could not record the failure of ${job.id}; its lease will run out`, recordError),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async renew(id: string): Promise<void> {
    try {
      const held = await renewLease(this.options.client, id, this.id, new Date(this.now().getTime() + this.leaseMs));
      if (!held) console.error(`[jobs] lost the lease of ${id} to another worker; it may run twice`);
    } catch (error) {
      console.error(`[jobs] could not renew the lease of ${id}`, error);
    }
  }
}
