import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { saveFavouritesPrivacy } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => vi.clearAllMocks());

const isPublic = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { favouritesPublic: true } })).favouritesPublic;

describe("favourites privacy", () => {
  it("makes the member's favourites private with the box unticked, and public again ticked", async () => {
    const member = await createTestUser();
    request.actAs(member);
    expect(await saveFavouritesPrivacy(initialFormState, formData({}))).toMatchObject({
      status: "success",
      message: "Only you can see your favourites now.",
    });
    expect(await isPublic(member.id)).toBe(false);
    expect(request.revalidatePath).toHaveBeenCalledWith(`/u/${member.username}/favourites`);
    await saveFavouritesPrivacy(initialFormState, formData({ favouritesPublic: "on" }));
    expect(await isPublic(member.id)).toBe(true);
  });

  it("changes only the session's member, whatever the form names", async () => {
    const [member, other] = [await createTestUser(), await createTestUser("other")];
    request.actAs(member);
    await saveFavouritesPrivacy(initialFormState, formData({ userId: other.id, username: other.username }));
    expect(await isPublic(other.id)).toBe(true);
    expect(await isPublic(member.id)).toBe(false);
  });

  it("sends a visitor to log in", async () => {
    request.user = null;
    await expect(saveFavouritesPrivacy(initialFormState, formData({}))).rejects.toThrow(new Redirected("/login"));
  });
});
