import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { DUPLICATE_REPORT_MESSAGE, REPORT_THANKS, fileReport } from "@/lib/moderation/reports/filing";
import { done, refused } from "@/lib/moderation/result";
import { atOnce } from "@/lib/testing/concurrency";
import { createTestUser } from "@/lib/testing/factories";
import { bareArtwork } from "@/lib/testing/report-targets";

it("files one open report when a member sends the same report several times at once", async () => {
  const [artist, reporter] = [await createTestUser(), await createTestUser()];
  const artwork = await bareArtwork(artist.id, "Reported at once");
  const input = { target: { type: "ARTWORK" as const, id: artwork.id }, category: "SPAM" as const, note: "Spam" };
  const results = await atOnce(5, () => fileReport(reporter.id, input));
  expect(results.filter((result) => result.ok)).toEqual([done(REPORT_THANKS)]);
  expect(results.filter((result) => !result.ok)).toEqual(Array(4).fill(refused(DUPLICATE_REPORT_MESSAGE)));
  expect(await db.report.count({ where: { reporterId: reporter.id, targetId: artwork.id } })).toBe(1);
});
