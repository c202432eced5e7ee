import { describe, expect, it } from "vitest";
import { TokenBucket } from "./rate-limit";

describe("token bucket", () => {
  it("allows a burst of perSecond, then refills at perSecond", () => {
    let now = 0;
    const bucket = new TokenBucket(10, () => now);
    const burst = Array.from({ length: 12 }, () => bucket.take());
    expect(burst.filter(Boolean)).toHaveLength(10);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    expect(Array.from({ length: 12 }, () => bucket.take()).filter(Boolean)).toHaveLength(10);
  });
});
