import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { handleJob, jobKind, type JobKind } from "@/lib/jobs/kinds";
import { enqueueJob } from "@/lib/jobs/queue";
import { claimJob } from "@/lib/jobs/store";
import { backOff, DEFAULT_LEASE_MS, JobWorker, type JobWorkerOptions } from "@/lib/jobs/worker";

type Payload = { n: number };

/** A kind no other test uses: test files share one database, and a worker takes only the kinds it has handlers for. */
function testKind(maxAttempts = 3): JobKind<Payload> {
  return jobKind(`test.${randomUUID()}`, z.object({ n: z.number().int() }), { maxAttempts });
}

async function enqueue(kind: JobKind<Payload>, count: number, runAfter = new Date()): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) ids.push(await enqueueJob(db, kind, { n }, runAfter));
  return ids;
}

/** A worker for one kind whose work is `work`; polling is left off unless a test starts it. */
function workerFor(kind: JobKind<Payload>, work: (payload: Payload) => Promise<void>, options: Partial<JobWorkerOptions> = {}) {
  return new JobWorker({ client: db, handlers: [handleJob(kind, work)], concurrency: 1, pollIntervalMs: 60_000, ...options });
}

const jobsOf = (kind: JobKind<Payload>) => db.job.findMany({ where: { kind: kind.name }, orderBy: { createdAt: "asc" } });

/** A clock the test moves: back-off and leases are judged by it, not by waiting. */
function testClock(start = new Date()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe("a durable job", () => {
  it("runs once with its payload and is then deleted", async () => {
    const kind = testKind();
    await enqueue(kind, 3);
    const seen: number[] = [];
    await workerFor(kind, async ({ n }) => void seen.push(n)).runDue();
    expect(seen.sort()).toEqual([0, 1, 2]);
    expect(await jobsOf(kind)).toEqual([]);
  });

  it("is refused at enqueue when its payload does not fit its kind", async () => {
    const kind = testKind();
    await expect(enqueueJob(db, kind, { n: 1.5 })).rejects.toThrow();
    expect(await jobsOf(kind)).toEqual([]);
  });

  it("has run by the time the nudge after its enqueue resolves, even when it committed just after the worker last looked", async () => {
    const kind = testKind();
    const ran: number[] = [];
    let nudged: Promise<void> | undefined;
    // Another upload's job commits, and its nudge comes, while the worker's look is on its way back empty.
    const job = new Proxy(db.job, {
      get(target, key, receiver) {
        if (key !== "findMany") return Reflect.get(target, key, receiver);
        return async (...args: Parameters<typeof db.job.findMany>) => {
          const rows = await target.findMany(...args);
          if (!nudged) {
            await enqueueJob(db, kind, { n: 1 });
            nudged = worker.runDue();
          }
          return rows;
        };
      },
    });
    const worker = workerFor(kind, async ({ n }) => void ran.push(n), { client: { job } });

    await worker.runDue();
    await nudged;
    expect(ran).toEqual([1]);
  });

  it("waits for its time", async () => {
    const kind = testKind();
    const clock = testClock();
    await enqueue(kind, 1, new Date(clock.now().getTime() + 60_000));
    let runs = 0;
    const worker = workerFor(kind, async () => void (runs += 1), { now: clock.now });
    await worker.runDue();
    expect(runs).toBe(0);
    clock.advance(60_000);
    await worker.runDue();
    expect(runs).toBe(1);
  });
});

describe("several instances", () => {
  it("finish, as soon as one starts, the jobs a stopped instance left waiting", async () => {
    const kind = testKind();
    await enqueue(kind, 2);
    const seen: number[] = [];
    const worker = workerFor(kind, async ({ n }) => void seen.push(n));
    worker.start();
    await expect.poll(() => jobsOf(kind)).toEqual([]);
    await worker.stop();
    expect(seen.sort()).toEqual([0, 1]);
  });

  it("take over a job whose worker crashed once its lease runs out, and finish it", async () => {
    const kind = testKind();
    const clock = testClock();
    const [id] = await enqueue(kind, 1, clock.now());
    // The crashed instance claimed it and never answered.
    const crashed = await claimJob(db, { kinds: [kind.name], workerId: "crashed-instance", now: clock.now(), leaseMs: DEFAULT_LEASE_MS });
    expect(crashed?.id).toBe(id);

    let runs = 0;
    const survivor = workerFor(kind, async () => void (runs += 1), { now: clock.now });
    await survivor.runDue();
    expect(runs).toBe(0);
    expect(await jobsOf(kind)).toMatchObject([{ status: "RUNNING", lockedBy: "crashed-instance" }]);

    clock.advance(DEFAULT_LEASE_MS + 1);
    await survivor.runDue();
    expect(runs).toBe(1);
    expect(await jobsOf(kind)).toEqual([]);
  });

  it("never both run one job: each of many jobs runs exactly once across racing workers", async () => {
    const kind = testKind();
    const ids = await enqueue(kind, 40);
    const runs = new Map<number, number>();
    const work = async ({ n }: Payload) => {
      runs.set(n, (runs.get(n) ?? 0) + 1);
      // Hands the turn to the other workers mid-job.
      await new Promise((resolve) => setImmediate(resolve));
    };
    // On one connection (better-sqlite3 blocks its thread while it waits for a lock, so connections in
    // one process would wait on each other), their reads and conditional updates still interleave freely.
    const workers = Array.from({ length: 4 }, () => workerFor(kind, work, { concurrency: 2 }));

    await Promise.all(workers.map((worker) => worker.runDue()));

    expect([...runs.values()]).toEqual(ids.map(() => 1));
    expect(runs.size).toBe(ids.length);
    expect(await jobsOf(kind)).toEqual([]);
  });

  it("let exactly one of many simultaneous claims of a job win", async () => {
    const kind = testKind();
    await enqueue(kind, 1);
    const now = new Date();
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        claimJob(db, { kinds: [kind.name], workerId: `worker-${index}`, now, leaseMs: DEFAULT_LEASE_MS }),
      ),
    );
    expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
  });
});

describe("a failing job", () => {
  it("is tried again after a growing back-off, keeps its last error, and gives up after its kind's max attempts", async () => {
    const kind = testKind(3);
    const clock = testClock();
    const [id] = await enqueue(kind, 1, clock.now());
    let attempt = 0;
    const worker = workerFor(
      kind,
      async () => {
        attempt += 1;
        throw new Error(`the disk was full (try ${attempt})`);
      },
      { now: clock.now },
    );
    const row = () => db.job.findUniqueOrThrow({ where: { id } });

    await worker.runDue();
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Error: the disk was full (try 1)", lockedBy: null });
    expect((await row()).runAfter).toEqual(new Date(clock.now().getTime() + backOff(1)));

    // Not before its time.
    await worker.runDue();
    expect(attempt).toBe(1);

    clock.advance(backOff(1));
    await worker.runDue();
    expect(await row()).toMatchObject({ status: "PENDING", attempts: 2, lastError: "Error: the disk was full (try 2)" });
    expect((await row()).runAfter).toEqual(new Date(clock.now().getTime() + backOff(2)));
    expect(backOff(2)).toBeGreaterThan(backOff(1));

    clock.advance(backOff(2));
    await worker.runDue();
    expect(await row()).toMatchObject({ status: "FAILED", attempts: 3, lastError: "Error: the disk was full (try 3)", lockedUntil: null });

    clock.advance(backOff(3) * 10);
    await worker.runDue();
    expect(attempt).toBe(3);
  });

  it("fails at once when its stored payload no longer fits its kind", async () => {
    const kind = testKind(3);
    const { id } = await db.job.create({ data: { kind: kind.name, payload: JSON.stringify({ n: "one" }) } });
    let runs = 0;
    await workerFor(kind, async () => void (runs += 1)).runDue();
    expect(runs).toBe(0);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: expect.stringContaining("payload is invalid"),
    });
  });

  it("that stops its worker every time is given up after max attempts rather than run again", async () => {
    const kind = testKind(2);
    const clock = testClock();
    const [id] = await enqueue(kind, 1, clock.now());
    for (const instance of ["first", "second"]) {
      await claimJob(db, { kinds: [kind.name], workerId: instance, now: clock.now(), leaseMs: DEFAULT_LEASE_MS });
      clock.advance(DEFAULT_LEASE_MS + 1);
    }
    let runs = 0;
    await workerFor(kind, async () => void (runs += 1), { now: clock.now }).runDue();
    expect(runs).toBe(0);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      lastError: expect.stringContaining("gave up after 2 attempts"),
    });
  });
});

describe("stopping a worker (SIGTERM)", () => {
  it("takes no new job and resolves once the running one has finished", async () => {
    const kind = testKind();
    const [first] = await enqueue(kind, 1);
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const worker = workerFor(kind, () => {
      started();
      return new Promise<void>((resolve) => (release = resolve));
    });
    worker.start();
    await running;

    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    const [second] = await enqueue(kind, 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(await db.job.count({ where: { id: first } })).toBe(0);
    expect(await db.job.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});
