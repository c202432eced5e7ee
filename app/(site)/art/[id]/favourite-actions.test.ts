import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { changeFavourite } from "./favourite-actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => vi.clearAllMocks());

const favouritesOf = (userId: string) => db.favourite.findMany({ where: { userId }, select: { artworkId: true } });

describe("the heart", () => {
  it("sends a visitor to log in, changing nothing", async () => {
    const artist = await createTestUser();
    const artwork = await bareArtwork(artist.id, "Night Market");
    request.user = null;
    await expect(changeFavourite(initialFormState, formData({ artworkId: artwork.id, intent: "add" }))).rejects.toThrow(
      new Redirected("/login"),
    );
    expect(await db.favourite.count({ where: { artworkId: artwork.id } })).toBe(0);
  });

  it("adds and removes the member's favourite, answering the new state and refreshing their list", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Night Market");
    request.actAs(fan);
    const added = await changeFavourite(initialFormState, formData({ artworkId: artwork.id, intent: "add" }));
    expect(added).toMatchObject({ status: "success", values: { artworkId: artwork.id, favourited: "true", count: "1" } });
    expect(request.revalidatePath).toHaveBeenCalledWith(`/u/${fan.username}/favourites`);
    const removed = await changeFavourite(initialFormState, formData({ artworkId: artwork.id, intent: "remove" }));
    expect(removed).toMatchObject({ status: "success", values: { favourited: "false", count: "0" } });
  });

  it("changes only the session's member's favourites, whatever the form names", async () => {
    const [artist, fan, other] = [await createTestUser(), await createTestUser("fan"), await createTestUser("other")];
    const artwork = await bareArtwork(artist.id, "Theirs");
    request.actAs(other);
    await changeFavourite(initialFormState, formData({ artworkId: artwork.id, intent: "add" }));
    request.actAs(fan);
    await changeFavourite(initialFormState, formData({ artworkId: artwork.id, intent: "remove", userId: other.id }));
    expect(await favouritesOf(other.id)).toEqual([{ artworkId: artwork.id }]);
    await changeFavourite(initialFormState, formData({ artworkId: artwork.id, intent: "add", userId: other.id }));
    expect(await favouritesOf(fan.id)).toEqual([{ artworkId: artwork.id }]);
  });

  it("refuses hidden artwork as gone and an odd intent next to nothing changed", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const hidden = await bareArtwork(artist.id, "Hidden", new Date());
    request.actAs(fan);
    expect(await changeFavourite(initialFormState, formData({ artworkId: hidden.id, intent: "add" }))).toMatchObject({
      status: "error",
      message: "This artwork no longer exists.",
    });
    expect(await changeFavourite(initialFormState, formData({ artworkId: hidden.id, intent: "toggle" }))).toMatchObject({
      status: "error",
      fieldErrors: { intent: ["Choose to add or remove the favourite"] },
    });
    expect(await favouritesOf(fan.id)).toEqual([]);
  });
});
