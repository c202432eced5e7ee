import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeReportsAbout } from "@/lib/moderation/reports/closing";
import { DUPLICATE_REPORT_MESSAGE, GONE_MESSAGE, REPORT_THANKS, fileReport } from "@/lib/moderation/reports/filing";
import { LIMITS } from "@/lib/rate-limit/limits";
import { createTestUser } from "@/lib/testing/factories";
import { bareArtwork, bareComment, bareMessage, createTestAdmin } from "@/lib/testing/report-targets";
import type { ReportInput } from "@/lib/moderation/reports/schemas";

const report = (type: ReportInput["target"]["type"], id: string | number, note = ""): ReportInput => ({
  target: { type, id: String(id) },
  category: "HARASSMENT",
  note,
});

const reportsBy = (reporterId: string) =>
  db.report.findMany({
    where: { reporterId },
    orderBy: { createdAt: "asc" },
    select: { targetType: true, targetId: true, status: true, targetOwnerId: true, targetExcerpt: true },
  });

describe("filing a report", () => {
  it("stores a report about each kind of target with its owner and an excerpt", async () => {
    const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
    const artwork = await bareArtwork(owner.id, "Borrowed sunset");
    const comment = await bareComment(owner.id, "You   all\nstink");
    const message = await bareMessage(owner.id, "Buy followers here");
    for (const input of [
      report("ARTWORK", artwork.id),
      report("COMMENT", comment.id),
      report("CHAT_MESSAGE", message.id),
      report("MEMBER", owner.id),
    ]) {
      expect(await fileReport(reporter.id, input)).toEqual({ ok: true, message: REPORT_THANKS });
    }
    expect(await reportsBy(reporter.id)).toEqual([
      { targetType: "ARTWORK", targetId: artwork.id, status: "OPEN", targetOwnerId: owner.id, targetExcerpt: "Borrowed sunset" },
      { targetType: "COMMENT", targetId: comment.id, status: "OPEN", targetOwnerId: owner.id, targetExcerpt: "You all stink" },
      {
        targetType: "CHAT_MESSAGE",
        targetId: String(message.id),
        status: "OPEN",
        targetOwnerId: owner.id,
        targetExcerpt: "Buy followers here",
      },
      { targetType: "MEMBER", targetId: owner.id, status: "OPEN", targetOwnerId: owner.id, targetExcerpt: owner.username },
    ]);
  });

  it("refuses reporting one's own content or oneself", async () => {
    const member = await createTestUser();
    const artwork = await bareArtwork(member.id);
    const comment = await bareComment(member.id);
    const message = await bareMessage(member.id);
    expect(await fileReport(member.id, report("ARTWORK", artwork.id))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/your own artwork/),
    });
    expect(await fileReport(member.id, report("COMMENT", comment.id))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/your own comment/),
    });
    expect(await fileReport(member.id, report("CHAT_MESSAGE", message.id))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/your own message/),
    });
    expect(await fileReport(member.id, report("MEMBER", member.id))).toEqual({ ok: false, message: "You cannot report yourself." });
    expect(await reportsBy(member.id)).toEqual([]);
  });

  it("refuses a target that does not exist, and hidden artwork of someone else", async () => {
    const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
    const hidden = await bareArtwork(owner.id, "Hidden", new Date());
    const gone = await bareComment(owner.id);
    await db.comment.delete({ where: { id: gone.id } });
    for (const input of [
      report("ARTWORK", hidden.id),
      report("COMMENT", gone.id),
      report("CHAT_MESSAGE", 999_999_999),
      report("MEMBER", "c0000000000000000000000"),
    ]) {
      expect(await fileReport(reporter.id, input)).toEqual({ ok: false, message: GONE_MESSAGE });
    }
    expect(await reportsBy(reporter.id)).toEqual([]);
  });

  it("allows one open report per member per target, and another once the first is resolved", async () => {
    const [owner, reporter, other, admin] = [
      await createTestUser("owner"),
      await createTestUser("reporter"),
      await createTestUser("other"),
      await createTestAdmin(),
    ];
    const artwork = await bareArtwork(owner.id);
    expect((await fileReport(reporter.id, report("ARTWORK", artwork.id))).ok).toBe(true);
    expect(await fileReport(reporter.id, { ...report("ARTWORK", artwork.id), category: "SPAM" })).toEqual({
      ok: false,
      message: DUPLICATE_REPORT_MESSAGE,
    });
    // Someone else's report of the same artwork is theirs to make.
    expect((await fileReport(other.id, report("ARTWORK", artwork.id))).ok).toBe(true);
    await db.$transaction((tx) => closeReportsAbout(tx, { type: "ARTWORK", id: artwork.id }, "DISMISSED", admin.id, "Looks fine"));
    expect((await fileReport(reporter.id, report("ARTWORK", artwork.id))).ok).toBe(true);
    expect((await reportsBy(reporter.id)).map((row) => row.status)).toEqual(["RESOLVED", "OPEN"]);
  });

  it("takes the report limit's reports from a member at once, then says how long to wait, filing nothing", async () => {
    const reporter = await createTestUser("reporter");
    const start = new Date("2026-03-01T12:00:00Z");
    const { max, windowMs } = LIMITS.report;
    const targets = await Promise.all(Array.from({ length: max + 1 }, () => createTestUser("target")));
    for (const target of targets.slice(0, max)) expect((await fileReport(reporter.id, report("MEMBER", target.id), start)).ok).toBe(true);
    expect(await fileReport(reporter.id, report("MEMBER", targets[max].id), start)).toEqual({
      ok: false,
      message: "You can send 10 reports an hour. Try again in 6 minutes.",
    });
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(max);
    // One turn refills every windowMs / max.
    expect((await fileReport(reporter.id, report("MEMBER", targets[max].id), new Date(start.getTime() + windowMs / max))).ok).toBe(true);
  });

  it("takes no turn for a report that is refused as a duplicate", async () => {
    const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
    expect((await fileReport(reporter.id, report("MEMBER", owner.id))).ok).toBe(true);
    for (let i = 0; i < LIMITS.report.max; i++)
      expect(await fileReport(reporter.id, report("MEMBER", owner.id))).toEqual({ ok: false, message: DUPLICATE_REPORT_MESSAGE });
    expect((await fileReport(reporter.id, report("MEMBER", (await createTestUser("other")).id))).ok).toBe(true);
  });

  it("refuses a banned member", async () => {
    const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
    await db.user.update({ where: { id: reporter.id }, data: { bannedAt: new Date(), bannedUntil: null, banReason: "Spam" } });
    expect(await fileReport(reporter.id, report("MEMBER", owner.id))).toEqual({
      ok: false,
      message: "Banned members cannot send reports.",
    });
    expect(await reportsBy(reporter.id)).toEqual([]);
  });
});
