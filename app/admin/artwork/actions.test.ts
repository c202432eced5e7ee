import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { db } from "@/lib/db";
import { createTestArtwork, filesOnDisk } from "@/lib/testing/artworks";
import { createTestAdmin, createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { deleteArtworkAction, hideArtworkAction, unhideArtworkAction } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

/** What anyone could notice about an artwork: whether it is there, hidden and why, its files and its audit trail. */
async function observe(artwork: { id: string; mediaKey: string }) {
  return {
    row: await db.artwork.findUnique({ where: { id: artwork.id }, select: { hiddenAt: true, hiddenReason: true } }),
    files: (await filesOnDisk()).filter((file) => file.includes(artwork.mediaKey)),
    audit: await db.auditEntry.count({ where: { targetType: "ARTWORK", targetId: artwork.id } }),
  };
}

beforeEach(() => {
  request.user = null;
});

describe("artwork moderation actions called by anyone but an admin", () => {
  it("refuse a visitor and a member, even on a direct call, and change nothing", async () => {
    const artist = await createTestUser("artist");
    const [visible, hidden] = [await createTestArtwork(artist.id, "Visible"), await createTestArtwork(artist.id, "Hidden")];
    await db.artwork.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
    const before = [await observe(visible), await observe(hidden)];
    const member = await createTestUser("member");

    for (const user of [null, { ...member, role: "USER" as const, theme: "SYSTEM" as const }]) {
      request.user = user;
      const answers = [
        await hideArtworkAction(initialFormState, formData({ artworkId: visible.id, reason: "Mine now" })),
        await deleteArtworkAction(initialFormState, formData({ artworkId: visible.id })),
        await unhideArtworkAction(initialFormState, formData({ artworkId: hidden.id })),
        await deleteArtworkAction(initialFormState, formData({ artworkId: hidden.id })),
      ];
      for (const answer of answers) expect(answer).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
    }

    expect([await observe(visible), await observe(hidden)]).toEqual(before);
  });
});

describe("artwork moderation actions for an admin", () => {
  it("hide with a reason, unhide and delete, answering in words", async () => {
    request.user = await createTestAdmin();
    const artist = await createTestUser("artist");
    const artwork = await createTestArtwork(artist.id, "Under review");

    expect(await hideArtworkAction(initialFormState, formData({ artworkId: artwork.id, reason: "Copied from elsewhere" }))).toMatchObject({
      status: "success",
      message: "Hid “Under review”.",
    });
    expect((await observe(artwork)).row).toEqual({ hiddenAt: expect.any(Date), hiddenReason: "Copied from elsewhere" });

    expect(await unhideArtworkAction(initialFormState, formData({ artworkId: artwork.id, reason: "" }))).toMatchObject({
      status: "success",
    });
    expect((await observe(artwork)).row).toEqual({ hiddenAt: null, hiddenReason: null });

    expect(await deleteArtworkAction(initialFormState, formData({ artworkId: artwork.id, reason: "" }))).toMatchObject({
      status: "success",
      message: "Deleted “Under review”.",
    });
    expect(await observe(artwork)).toEqual({ row: null, files: [], audit: 3 });
  });

  it("refuse a hide without a reason, an unknown id and a reason over the limit, changing nothing", async () => {
    request.user = await createTestAdmin();
    const artist = await createTestUser("artist");
    const artwork = await createTestArtwork(artist.id, "Still fine");
    const before = await observe(artwork);

    expect(await hideArtworkAction(initialFormState, formData({ artworkId: artwork.id, reason: "   " }))).toMatchObject({
      status: "error",
      fieldErrors: { reason: ["Give a reason: the member will see it"] },
    });
    expect(await hideArtworkAction(initialFormState, formData({ artworkId: "../../etc", reason: "Spam" }))).toMatchObject({
      status: "error",
      fieldErrors: { artworkId: ["Unknown artwork"] },
    });
    expect(await deleteArtworkAction(initialFormState, formData({ artworkId: artwork.id, reason: "x".repeat(501) }))).toMatchObject({
      status: "error",
      fieldErrors: { reason: [expect.stringMatching(/at most 500/)] },
    });
    expect(await unhideArtworkAction(initialFormState, formData({ artworkId: artwork.id }))).toEqual(
      expect.objectContaining({ status: "error", message: "“Still fine” is not hidden." }),
    );

    expect(await observe(artwork)).toEqual(before);
  });
});
