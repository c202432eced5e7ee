import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ReportTarget } from "@/lib/generated/prisma/client";
import { deleteArtworkAsAdmin, hideArtwork, unhideArtwork } from "@/lib/moderation/artwork/commands";
import { createTestArtwork, filesOnDisk } from "@/lib/testing/artworks";
import { createTestAdmin, createTestUser } from "@/lib/testing/factories";

const MISSING_ID = "cmissing0000000000000000";

async function openReport(targetType: ReportTarget, targetId: string) {
  const reporter = await createTestUser("reporter");
  return db.report.create({
    data: {
      reporterId: reporter.id,
      targetType,
      targetId,
      targetExcerpt: "excerpt",
      category: "SPAM",
      openKey: `${reporter.id}:${targetType}:${targetId}`,
    },
  });
}

const auditOf = (artworkId: string) =>
  db.auditEntry.findMany({
    where: { targetType: "ARTWORK", targetId: artworkId },
    orderBy: { id: "asc" },
    select: { action: true, adminId: true, targetLabel: true, targetOwnerId: true, reason: true },
  });

const stateOf = (artworkId: string) => db.artwork.findUnique({ where: { id: artworkId }, select: { hiddenAt: true, hiddenReason: true } });

const reportStatus = (reportId: string) =>
  db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { status: true, outcome: true, resolvedById: true, resolutionNote: true },
  });

const filesOf = async (mediaKey: string) => (await filesOnDisk()).filter((file) => file.includes(mediaKey));

describe("hiding artwork", () => {
  it("hides it with the reason, logs who did it and closes the open reports about it", async () => {
    const [admin, artist] = [await createTestAdmin(), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "Traced piece");
    const other = await createTestArtwork(artist.id, "Untouched piece");
    const [report, otherReport] = [await openReport("ARTWORK", artwork.id), await openReport("ARTWORK", other.id)];

    expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Traced from another artist" })).toEqual({
      ok: true,
      message: "Hid “Traced piece”.",
    });

    expect(await stateOf(artwork.id)).toEqual({ hiddenAt: expect.any(Date), hiddenReason: "Traced from another artist" });
    expect(await auditOf(artwork.id)).toEqual([
      {
        action: "HIDE_ARTWORK",
        adminId: admin.id,
        targetLabel: "Traced piece",
        targetOwnerId: artist.id,
        reason: "Traced from another artist",
      },
    ]);
    expect(await reportStatus(report.id)).toEqual({
      status: "RESOLVED",
      outcome: "HIDDEN",
      resolvedById: admin.id,
      resolutionNote: "Traced from another artist",
    });
    expect((await reportStatus(otherReport.id)).status).toBe("OPEN");
    expect(await stateOf(other.id)).toEqual({ hiddenAt: null, hiddenReason: null });
  });

  it("refuses a missing artwork and an already hidden one, changing and logging nothing", async () => {
    const [admin, artist] = [await createTestAdmin(), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "Hidden once");
    await hideArtwork(admin, { artworkId: artwork.id, reason: "First reason" });
    const before = await stateOf(artwork.id);

    expect(await hideArtwork(admin, { artworkId: MISSING_ID, reason: "Spam" })).toEqual({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await hideArtwork(admin, { artworkId: artwork.id, reason: "Second reason" })).toEqual({
      ok: false,
      message: "“Hidden once” is already hidden.",
    });

    expect(await stateOf(artwork.id)).toEqual(before);
    expect((await auditOf(artwork.id)).map((entry) => entry.action)).toEqual(["HIDE_ARTWORK"]);
    expect(await auditOf(MISSING_ID)).toEqual([]);
  });
});

describe("unhiding artwork", () => {
  it("makes it visible again and logs it", async () => {
    const [admin, artist] = [await createTestAdmin(), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "Back again");
    await hideArtwork(admin, { artworkId: artwork.id, reason: "Looked stolen" });

    expect(await unhideArtwork(admin, { artworkId: artwork.id, reason: "The artist proved it is theirs" })).toEqual({
      ok: true,
      message: "“Back again” is visible again.",
    });

    expect(await stateOf(artwork.id)).toEqual({ hiddenAt: null, hiddenReason: null });
    expect((await auditOf(artwork.id)).at(-1)).toEqual({
      action: "UNHIDE_ARTWORK",
      adminId: admin.id,
      targetLabel: "Back again",
      targetOwnerId: artist.id,
      reason: "The artist proved it is theirs",
    });
  });

  it("refuses a visible artwork and a missing one, logging nothing", async () => {
    const [admin, artist] = [await createTestAdmin(), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "Never hidden");
    expect(await unhideArtwork(admin, { artworkId: artwork.id })).toEqual({ ok: false, message: "“Never hidden” is not hidden." });
    expect(await unhideArtwork(admin, { artworkId: MISSING_ID })).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
    expect(await auditOf(artwork.id)).toEqual([]);
  });
});

describe("deleting artwork as an admin", () => {
  it("deletes the row, its comments and every file, logs it and closes the reports about it", async () => {
    const [admin, artist] = [await createTestAdmin(), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "To be removed");
    const comment = await db.comment.create({ data: { artworkId: artwork.id, authorId: artist.id, body: "hello" } });
    const [report, commentReport] = [await openReport("ARTWORK", artwork.id), await openReport("COMMENT", comment.id)];
    expect(await filesOf(artwork.mediaKey)).not.toEqual([]);

    expect(await deleteArtworkAsAdmin(admin, { artworkId: artwork.id, reason: "Explicit, posted without consent" })).toEqual({
      ok: true,
      message: "Deleted “To be removed”.",
    });

    expect(await db.artwork.count({ where: { id: artwork.id } })).toBe(0);
    expect(await db.comment.count({ where: { id: comment.id } })).toBe(0);
    expect(await filesOf(artwork.mediaKey)).toEqual([]);
    expect(await auditOf(artwork.id)).toEqual([
      {
        action: "DELETE_ARTWORK",
        adminId: admin.id,
        targetLabel: "To be removed",
        targetOwnerId: artist.id,
        reason: "Explicit, posted without consent",
      },
    ]);
    expect(await reportStatus(report.id)).toMatchObject({ status: "RESOLVED", outcome: "DELETED", resolvedById: admin.id });
    // Only the artwork's own reports: a report about one of its comments is the comment moderators' to close.
    expect((await reportStatus(commentReport.id)).status).toBe("OPEN");
  });

  it("refuses an artwork that is already gone, logging nothing twice", async () => {
    const [admin, artist] = [await createTestAdmin(), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "Deleted once");
    await deleteArtworkAsAdmin(admin, { artworkId: artwork.id });
    expect(await deleteArtworkAsAdmin(admin, { artworkId: artwork.id })).toEqual({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(await auditOf(artwork.id)).toHaveLength(1);
  });
});

describe("a member passed off as the admin", () => {
  it("is refused by every rule, and the artwork, its files and its reports stay as they were", async () => {
    const [member, artist] = [await createTestUser("member"), await createTestUser("artist")];
    const artwork = await createTestArtwork(artist.id, "Protected");
    const report = await openReport("ARTWORK", artwork.id);
    const files = await filesOf(artwork.mediaKey);

    const refusal = { ok: false, message: "Only admins can do this." };
    expect(await hideArtwork(member, { artworkId: artwork.id, reason: "Because" })).toEqual(refusal);
    expect(await deleteArtworkAsAdmin(member, { artworkId: artwork.id })).toEqual(refusal);
    await db.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: new Date(), hiddenReason: "By a real admin" } });
    expect(await unhideArtwork(member, { artworkId: artwork.id })).toEqual(refusal);

    expect(await stateOf(artwork.id)).toEqual({ hiddenAt: expect.any(Date), hiddenReason: "By a real admin" });
    // The rolled-back delete removed no file: files go only after a commit.
    expect(await filesOf(artwork.mediaKey)).toEqual(files);
    expect((await reportStatus(report.id)).status).toBe("OPEN");
    expect(await auditOf(artwork.id)).toEqual([]);
  });
});
