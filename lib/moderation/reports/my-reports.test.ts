import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeReportsAbout } from "@/lib/moderation/reports/closing";
import { fileReport } from "@/lib/moderation/reports/filing";
import { listMyReports } from "@/lib/moderation/reports/my-reports";
import type { ReportInput } from "@/lib/moderation/reports/schemas";
import { createTestUser } from "@/lib/testing/factories";
import { bareArtwork, createTestAdmin } from "@/lib/testing/report-targets";

const report = (type: ReportInput["target"]["type"], id: string | number, note = ""): ReportInput => ({
  target: { type, id: String(id) },
  category: "HARASSMENT",
  note,
});

describe("a member's own reports", () => {
  it("lists only theirs, newest first, with the outcome in words", async () => {
    const [owner, reporter, other, admin] = [
      await createTestUser("owner"),
      await createTestUser("reporter"),
      await createTestUser("other"),
      await createTestAdmin(),
    ];
    const first = await bareArtwork(owner.id, "First");
    const second = await bareArtwork(owner.id, "Second");
    await fileReport(reporter.id, report("ARTWORK", first.id), new Date("2026-02-01T10:00:00Z"));
    await fileReport(reporter.id, report("ARTWORK", second.id), new Date("2026-02-02T10:00:00Z"));
    await fileReport(other.id, report("ARTWORK", second.id), new Date("2026-02-03T10:00:00Z"));
    await db.$transaction((tx) => closeReportsAbout(tx, { type: "ARTWORK", id: first.id }, "HIDDEN", admin.id, "Traced from a book"));
    const mine = await listMyReports(reporter.id, 1);
    expect(mine.items.map((item) => [item.targetExcerpt, item.status, item.outcome, item.resolutionNote])).toEqual([
      ["Second", "OPEN", "Waiting for moderators", ""],
      ["First", "RESOLVED", "Artwork hidden", "Traced from a book"],
    ]);
    expect(mine.total).toBe(2);
  });
});
