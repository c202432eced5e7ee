import { describe, expect, it } from "vitest";
import { runInImageQueue } from "@/lib/images/queue";

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
  it("runs one upload at a time, first come first served, each promise with its own result", async () => {
    let running = 0;
    let mostAtOnce = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const results = [0, 1, 2].map((n) =>
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
    expect(started).toEqual([0]);
    releases[0]();
    await settle();
    expect(started).toEqual([0, 1]);
    releases[1]();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    releases[2]();

    expect(await Promise.all(results)).toEqual(["result 0", "result 1", "result 2"]);
    expect(mostAtOnce).toBe(1);
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

  it("runs background work beside an upload, but starts none while an upload waits", async () => {
    const log: string[] = [];
    const avifA = controlledJob<string>(log, "avif A");
    const avifB = controlledJob<string>(log, "avif B");
    const first = controlledJob<string>(log, "upload 1");
    const second = controlledJob<string>(log, "upload 2");

    // Outcomes are recorded as they happen, so the failing job is never an unhandled rejection.
    const outcome = (job: Promise<string>) =>
      job.then(
        () => "fulfilled",
        () => "rejected",
      );
    const outcomes = [runInImageQueue(avifA.work, "background")].map(outcome);
    await settle();
    expect(log).toEqual(["avif A"]);

    // The upload does not wait for the AVIF work; the second upload waits for the first.
    outcomes.push(outcome(runInImageQueue(first.work)), outcome(runInImageQueue(second.work)));
    outcomes.push(outcome(runInImageQueue(avifB.work, "background")));
    await settle();
    expect(log).toEqual(["avif A", "upload 1"]);

    // The background slot is free, but an upload still waits.
    avifA.fail(new Error("out of memory"));
    await settle();
    expect(log).toEqual(["avif A", "upload 1"]);

    first.finish("1");
    await settle();
    expect(log).toEqual(["avif A", "upload 1", "upload 2", "avif B"]);
    second.finish("2");
    avifB.finish("B");

    expect(await Promise.all(outcomes)).toEqual(["rejected", "fulfilled", "fulfilled", "fulfilled"]);
  });
});
