import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listReportQueue } from "@/lib/moderation/reports/queue";
import { closeReportsAbout } from "@/lib/moderation/reports/closing";
import { fileReport } from "@/lib/moderation/reports/filing";
import { createTestUser } from "@/lib/testing/factories";
import { bareArtwork, bareComment, createTestAdmin } from "@/lib/testing/report-targets";
import { NotFound } from "@/lib/testing/request-context";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

/** Dates far from today's, so other test files' reports (filed now) never come between these on the first page. */
const at = (year: number, minute: number) => new Date(Date.UTC(year, 0, 1, 0, minute));

describe("the report queue", () => {
  it("is a 404 for visitors and members", async () => {
    await expect(listReportQueue({ status: "open", page: 1 })).rejects.toThrow(NotFound);
    request.actAs(await createTestUser());
    await expect(listReportQueue({ status: "open", page: 1 })).rejects.toThrow(NotFound);
  });

  it("lists open reports oldest first with their target, its owner, its link and how many open reports it has", async () => {
    request.user = await createTestAdmin();
    const [owner, first, second] = [await createTestUser("owner"), await createTestUser("first"), await createTestUser("second")];
    const artwork = await bareArtwork(owner.id, "Much reported");
    const comment = await bareComment(owner.id, "Rude words");
    await fileReport(
      first.id,
      { target: { type: "ARTWORK", id: artwork.id }, category: "STOLEN_ART", note: "Mine, from 2019" },
      at(1971, 1),
    );
    await fileReport(second.id, { target: { type: "COMMENT", id: comment.id }, category: "HARASSMENT", note: "" }, at(1971, 2));
    await fileReport(second.id, { target: { type: "ARTWORK", id: artwork.id }, category: "SPAM", note: "" }, at(1971, 3));
    const queue = await listReportQueue({ status: "open", page: 1 });
    expect(queue.items.slice(0, 3).map((item) => [item.reporter.username, item.category, item.note, item.target])).toEqual([
      [
        first.username,
        "STOLEN_ART",
        "Mine, from 2019",
        { type: "ARTWORK", id: artwork.id, ownerId: owner.id, excerpt: "Much reported", href: `/art/${artwork.id}`, openReports: 2 },
      ],
      [
        second.username,
        "HARASSMENT",
        "",
        {
          type: "COMMENT",
          id: comment.id,
          ownerId: owner.id,
          excerpt: "Rude words",
          href: `/art/${comment.artworkId}#comment-${comment.id}`,
          openReports: 1,
        },
      ],
      [
        second.username,
        "SPAM",
        "",
        { type: "ARTWORK", id: artwork.id, ownerId: owner.id, excerpt: "Much reported", href: `/art/${artwork.id}`, openReports: 2 },
      ],
    ]);
  });

  it("lists resolved reports newest first, with who resolved them, and keeps a deleted target's excerpt without a link", async () => {
    const admin = await createTestAdmin();
    request.user = admin;
    const [owner, reporter] = [await createTestUser("owner"), await createTestUser("reporter")];
    const [older, newer] = [await bareArtwork(owner.id, "Older"), await bareArtwork(owner.id, "Newer")];
    await fileReport(reporter.id, { target: { type: "ARTWORK", id: older.id }, category: "SPAM", note: "" }, at(2998, 1));
    await fileReport(reporter.id, { target: { type: "ARTWORK", id: newer.id }, category: "SPAM", note: "" }, at(2998, 2));
    await db.$transaction(async (tx) => {
      await closeReportsAbout(tx, { type: "ARTWORK", id: older.id }, "DELETED", admin.id);
      await closeReportsAbout(tx, { type: "ARTWORK", id: newer.id }, "DISMISSED", admin.id, "Fine");
    });
    await db.artwork.delete({ where: { id: older.id } });
    const queue = await listReportQueue({ status: "resolved", page: 1 });
    expect(
      queue.items
        .slice(0, 2)
        .map((item) => [item.target.excerpt, item.target.href, item.outcome, item.resolvedBy, item.target.openReports]),
    ).toEqual([
      ["Newer", `/art/${newer.id}`, "DISMISSED", admin.username, 0],
      ["Older", null, "DELETED", admin.username, 0],
    ]);
  });
});
