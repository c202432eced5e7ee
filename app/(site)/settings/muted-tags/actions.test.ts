import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { replaceArtworkTags } from "@/lib/tags/artwork-tags";
import { listMutedTags } from "@/lib/tags/muting";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { muteTagAction, unmuteTagAction } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

/** A tag in use (only those can be muted), with a name no other test uses. */
async function tagInUse(): Promise<{ id: number; name: string }> {
  const name = `moths-${crypto.randomUUID().slice(0, 8)}`;
  const artwork = await bareArtwork((await createTestUser()).id);
  await db.$transaction((tx) => replaceArtworkTags(tx, artwork.id, [name]));
  return db.tag.findUniqueOrThrow({ where: { name }, select: { id: true, name: true } });
}

describe("muted tags in settings", () => {
  it("sends a visitor to log in", async () => {
    const tag = await tagInUse();
    await expect(muteTagAction(initialFormState, formData({ tag: tag.name }))).rejects.toThrow(new Redirected("/login"));
    await expect(unmuteTagAction(initialFormState, formData({ tagId: String(tag.id) }))).rejects.toThrow(new Redirected("/login"));
  });

  it("mutes what the member types, normalised, and empties the field", async () => {
    const member = await request.signInNewMember();
    const tag = await tagInUse();
    const typed = `  #${tag.name.toUpperCase()} `;
    expect(await muteTagAction(initialFormState, formData({ tag: typed }))).toEqual({
      status: "success",
      message: `Muted #${tag.name}: its artwork no longer shows in your lists.`,
      values: { tag: "" },
    });
    expect(await listMutedTags(member.id)).toEqual([tag]);
  });

  it("says what is wrong with a tag next to the field", async () => {
    await request.signInNewMember();
    const state = await muteTagAction(initialFormState, formData({ tag: "🕷" }));
    expect(state.fieldErrors?.tag).toEqual(["The tag “🕷” can have only letters, digits and hyphens"]);
  });

  it("cannot unmute another member's tag", async () => {
    const owner = await createTestUser();
    const tag = await tagInUse();
    await db.mutedTag.create({ data: { userId: owner.id, tagId: tag.id } });
    await request.signInNewMember();
    expect(await unmuteTagAction(initialFormState, formData({ tagId: String(tag.id) }))).toMatchObject({
      status: "error",
      message: "This tag is not muted.",
    });
    expect(await listMutedTags(owner.id)).toEqual([tag]);
  });
});
