import { describe, expect, it } from "vitest";
import { blockMember } from "@/lib/blocks/blocks";
import { follow } from "@/lib/follows/follows";
import { mostFollowedArtists, recentlyRatedArtists } from "@/lib/follows/suggestions";
import { createArtworkRow } from "@/lib/testing/artworks";
import { bareMembers } from "@/lib/testing/concurrency";

describe("artists to follow", () => {
  it("leave out the viewer, artists already followed and members blocked either way", async () => {
    const [viewer, followed, blocker, blocked, suggested, fan] = await bareMembers(6);
    for (const artist of [viewer, followed, blocker, blocked, suggested]) await follow(fan.id, artist.id);
    await follow(viewer.id, followed.id);
    await blockMember(blocker.id, viewer.id);
    await blockMember(viewer.id, blocked.id);
    for (const artist of [viewer, followed, blocker, blocked, suggested]) {
      await createArtworkRow(artist.id, { title: "rated", ratingCount: 1_000_000, ratingSum: 4_000_000 });
    }
    const mostFollowed = (await mostFollowedArtists(viewer.id)).map((artist) => artist.id);
    const recentlyRated = (await recentlyRatedArtists(viewer.id)).map((artist) => artist.id);
    for (const ids of [mostFollowed, recentlyRated]) {
      expect(ids).toContain(suggested.id);
      for (const left of [viewer, followed, blocker, blocked]) expect(ids).not.toContain(left.id);
    }
  });
});
