import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { db } from "@/lib/db";
import { createTestArtwork } from "@/lib/testing/artworks";
import { auditEntriesAbout, createTestComment } from "@/lib/testing/content";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { deleteCommentAction } from "./actions";
import { REASON_MAX } from "@/lib/validation/form-rules";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

let artworkId: string;
beforeAll(async () => {
  artworkId = (await createTestArtwork((await createTestUser("artist")).id)).id;
});

beforeEach(() => {
  request.user = null;
});

const commentExists = async (id: string) => (await db.comment.count({ where: { id } })) === 1;

describe("deleting a comment from /admin/comments", () => {
  it("is refused to a visitor and to a member, even their own comment, changing nothing", async () => {
    const member = await createTestUser("member");
    const comment = await createTestComment(artworkId, member.id);
    for (const user of [null, { ...member, role: "USER" as const, theme: "SYSTEM" as const }]) {
      request.user = user;
      const state = await deleteCommentAction(initialFormState, formData({ commentId: comment.id, reason: "" }));
      expect(state).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
    }
    expect(await commentExists(comment.id)).toBe(true);
    expect(await auditEntriesAbout(comment.id)).toEqual([]);
  });

  it("deletes it for an admin, with the note in the audit log", async () => {
    const admin = await request.signInNewMember("ADMIN");
    const comment = await createTestComment(artworkId, admin.id);
    const state = await deleteCommentAction(initialFormState, formData({ commentId: comment.id, reason: "  Off topic  " }));
    expect(state).toMatchObject({ status: "success", message: "Comment deleted." });
    expect(await commentExists(comment.id)).toBe(false);
    expect(await auditEntriesAbout(comment.id)).toEqual([expect.objectContaining({ action: "DELETE_COMMENT", reason: "Off topic" })]);
  });

  it("says so when the comment is already gone", async () => {
    await request.signInNewMember("ADMIN");
    const comment = await createTestComment(artworkId, (await createTestUser()).id);
    await db.comment.delete({ where: { id: comment.id } });
    const state = await deleteCommentAction(initialFormState, formData({ commentId: comment.id }));
    expect(state).toMatchObject({ status: "error", message: "This comment no longer exists." });
  });

  it("refuses a malformed id and an over-long note, deleting nothing", async () => {
    await request.signInNewMember("ADMIN");
    const comment = await createTestComment(artworkId, (await createTestUser()).id);
    const forged = await deleteCommentAction(initialFormState, formData({ commentId: "1 OR 1=1", reason: "" }));
    expect(forged).toMatchObject({ status: "error", fieldErrors: { commentId: ["Unknown comment"] } });
    const long = await deleteCommentAction(initialFormState, formData({ commentId: comment.id, reason: "x".repeat(REASON_MAX + 1) }));
    expect(long).toMatchObject({ status: "error", fieldErrors: { reason: [`A reason can be at most ${REASON_MAX} characters`] } });
    expect(await commentExists(comment.id)).toBe(true);
    expect(await auditEntriesAbout(comment.id)).toEqual([]);
  });
});
