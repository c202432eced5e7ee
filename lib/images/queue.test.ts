import { describe, expect, it } from "vitest";
import { MAX_CONCURRENT_IMAGE_JOBS, runInImageQueue } from "@/lib/images/queue";

/** A job that runs until the test lets it finish. */
function controlledJob<T>(log: string[], name: string) {
  let finish!: (value: T) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<T>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const work = () => {
    log.push(name);
    return done;
  };
  return { work, finish, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the image queue", () => {
  it("runs two jobs at a time, first come first served, each promise with its own result", async () => {
    expect(MAX_CONCURRENT_IMAGE_JOBS).toBe(2);
    let running = 0;
    let mostAtOnce = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const results = [0, 1, 2, 3, 4].map((n) =>
      runInImageQueue(async () => {
        started.push(n);
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return `result ${n}`;
      }),
    );

    await settle();
    expect(started).toEqual([0, 1]);
    // Finish them out of order: the queue still hands out slots in arrival order.
    releases[1]();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    releases[0]();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    releases[3]();
    releases[2]();
    await settle();
    releases[4]();

    expect(await Promise.all(results)).toEqual(["result 0", "result 1", "result 2", "result 3", "result 4"]);
    expect(mostAtOnce).toBe(2);
  });

  it("frees the slot of a job that fails, whether it rejects or throws at once", async () => {
    const rejecting = runInImageQueue(() => Promise.reject(new Error("encoder broke")));
    const throwing = runInImageQueue((): Promise<string> => {
      throw new Error("bad job");
    });
    const afterwards = runInImageQueue(async () => "still running");

    await expect(rejecting).rejects.toThrow("encoder broke");
    await expect(throwing).rejects.toThrow("bad job");
    expect(await afterwards).toBe("still running");
  });

  it("starts a waiting upload before waiting background work, and keeps a slot free of background work", async () => {
    const log: string[] = [];
    const first = controlledJob<string>(log, "upload 1");
    const second = controlledJob<string>(log, "upload 2");
    const avifA = controlledJob<string>(log, "avif A");
    const avifB = controlledJob<string>(log, "avif B");
    const third = controlledJob<string>(log, "upload 3");
    const fourth = controlledJob<string>(log, "upload 4");

    // Outcomes are recorded as they happen, so the failing job is never an unhandled rejection.
    const outcome = (job: Promise<string>) =>
      job.then(
        () => "fulfilled",
        () => "rejected",
      );
    const outcomes = [
      runInImageQueue(first.work),
      runInImageQueue(second.work),
      runInImageQueue(avifA.work, "background"),
      runInImageQueue(avifB.work, "background"),
      runInImageQueue(third.work),
    ].map(outcome);
    await settle();
    expect(log).toEqual(["upload 1", "upload 2"]);

    first.finish("1");
    await settle();
    expect(log).toEqual(["upload 1", "upload 2", "upload 3"]);

    second.finish("2");
    third.finish("3");
    await settle();
    // Two slots are free, but background work may hold only one of them.
    expect(log).toEqual(["upload 1", "upload 2", "upload 3", "avif A"]);

    outcomes.push(outcome(runInImageQueue(fourth.work)));
    await settle();
    expect(log.at(-1)).toBe("upload 4");

    avifA.fail(new Error("out of memory"));
    fourth.finish("4");
    await settle();
    expect(log.at(-1)).toBe("avif B");
    avifB.finish("B");

    expect(await Promise.all(outcomes)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled", "fulfilled"]);
  });
});
