import { describe, expect, it } from "vitest";
import { allWithLimit } from "@/lib/images/parallel";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("allWithLimit", () => {
  it("keeps at most `limit` tasks in flight and returns results in task order", async () => {
    let inFlight = 0;
    let most = 0;
    const tasks = [30, 5, 20, 1, 10].map((ms, index) => async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await pause(ms);
      inFlight -= 1;
      return index;
    });
    expect(await allWithLimit(tasks, 2)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it("starts nothing new after a failure and settles only when running tasks have", async () => {
    const started: number[] = [];
    let slowFinished = false;
    const tasks = [
      async () => {
        started.push(0);
        await pause(30);
        slowFinished = true;
        return 0;
      },
      async () => {
        started.push(1);
        throw new Error("encode failed");
      },
      async () => {
        started.push(2);
        return 2;
      },
    ];
    await expect(allWithLimit(tasks, 2)).rejects.toThrow("encode failed");
    expect(started).toEqual([0, 1]);
    expect(slowFinished).toBe(true);
  });
});
