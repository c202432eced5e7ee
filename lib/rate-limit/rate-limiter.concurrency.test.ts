import { expect, it } from "vitest";
import { takeTurn, type RateLimit } from "@/lib/rate-limit/rate-limiter";
import { atOnce } from "@/lib/testing/concurrency";
import { uniqueUsername } from "@/lib/testing/factories";

it("lets exactly the limit through when many turns are asked for at once", async () => {
  const limit: RateLimit = { bucket: "concurrency-test", max: 7, windowMs: 60_000 };
  const subject = uniqueUsername("subject");
  const now = Date.now();
  const verdicts = await atOnce(40, () => takeTurn({ limit, subject }, { now }));
  expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(limit.max);
});
