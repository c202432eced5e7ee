import { afterAll, describe, expect, it, vi } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { authenticate } from "@/lib/auth/authenticate";
import { storeMessage } from "@/lib/chat/messages";
import { createRoom } from "@/lib/chat/rooms";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db";
import { rateArtwork } from "@/lib/ratings/ratings";
import { hotScore, topScore } from "@/lib/ratings/score";
import { bareArtwork } from "@/lib/testing/artworks";
import { TEST_PASSWORD, createTestUser } from "@/lib/testing/factories";
import { liveConnectionOf } from "@/lib/testing/realtime-server";
import { ACCOUNT_GONE, deleteAccount } from "@/lib/users/delete-account";
import { done, refused } from "@/lib/result";
import { changeUsername } from "@/lib/users/username";

const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-server")).realtimeServerForTheApp());
afterAll(() => realtime.stop());

/** Every row in every table that belongs to the member or hangs off their artwork. */
async function rowsOf(userId: string, usernameKey: string) {
  return {
    users: await db.user.count({ where: { id: userId } }),
    artworks: await db.artwork.count({ where: { authorId: userId } }),
    variants: await db.artworkVariant.count({ where: { artwork: { authorId: userId } } }),
    comments: await db.comment.count({ where: { OR: [{ authorId: userId }, { artwork: { authorId: userId } }] } }),
    ratings: await db.rating.count({ where: { OR: [{ userId }, { artwork: { authorId: userId } }] } }),
    redirects: await db.usernameRedirect.count({ where: { userId } }),
    failedLogins: await db.rateLimit.count({ where: { subject: { in: [usernameKey, `${usernameKey} 192.0.2.9`] } } }),
  };
}

/** The stored totals and scores next to what the remaining rating rows say they must be. */
async function totalsAgainstRatings(artworkId: string) {
  const artwork = await db.artwork.findUniqueOrThrow({ where: { id: artworkId } });
  const ratings = await db.rating.findMany({ where: { artworkId }, select: { value: true } });
  const truth = { count: ratings.length, sum: ratings.reduce((sum, rating) => sum + rating.value, 0) };
  return {
    stored: { count: artwork.ratingCount, sum: artwork.ratingSum, top: artwork.topScore, hot: artwork.hotScore },
    expected: { count: truth.count, sum: truth.sum, top: topScore(truth), hot: hotScore(truth, artwork.createdAt) },
  };
}

describe("deleting an account", () => {
  it("leaves no row of the member anywhere, and other members' things untouched", async () => {
    const [leaver, artist, fan] = [await createTestUser("leaver"), await createTestUser(), await createTestUser()];
    const ownWork = await bareArtwork(leaver.id, "Rated");
    const othersWork = await bareArtwork(artist.id, "Rated");
    await rateArtwork(ownWork.id, fan.id, 5);
    await addComment(ownWork.id, fan.id, "On the leaver's work");
    await addComment(othersWork.id, leaver.id, "By the leaver");
    await addComment(othersWork.id, fan.id, "Stays");
    const newName = `${leaver.username}_x`;
    await changeUsername(leaver.id, newName);
    await authenticate({ username: newName, password: "a wrong guess" }, { address: "192.0.2.9", knownDevice: false });
    expect((await rowsOf(leaver.id, newName.toLowerCase())).failedLogins).toBe(2);

    expect(await deleteAccount(leaver.id)).toEqual(done());

    expect(await rowsOf(leaver.id, newName.toLowerCase())).toEqual({
      users: 0,
      artworks: 0,
      variants: 0,
      comments: 0,
      ratings: 0,
      redirects: 0,
      failedLogins: 0,
    });
    expect(await db.comment.findMany({ where: { artworkId: othersWork.id }, select: { body: true } })).toEqual([{ body: "Stays" }]);
    expect(await db.user.count({ where: { id: { in: [artist.id, fan.id] } } })).toBe(2);
    expect(await db.rating.count({ where: { userId: fan.id } })).toBe(0);
  });

  it("takes the member's ratings out of other artworks' totals and scores, exactly", async () => {
    const [leaver, artist, other] = [await createTestUser("leaver"), await createTestUser(), await createTestUser()];
    const [rated, ratedByBoth, untouched] = [
      await bareArtwork(artist.id, "Rated"),
      await bareArtwork(artist.id, "Rated"),
      await bareArtwork(artist.id, "Rated"),
    ];
    await rateArtwork(rated.id, leaver.id, 5);
    await rateArtwork(ratedByBoth.id, leaver.id, 1);
    await rateArtwork(ratedByBoth.id, other.id, 4);
    await rateArtwork(untouched.id, other.id, 2);
    const untouchedBefore = await db.artwork.findUniqueOrThrow({ where: { id: untouched.id } });

    await deleteAccount(leaver.id);

    for (const artwork of [rated, ratedByBoth]) {
      const { stored, expected } = await totalsAgainstRatings(artwork.id);
      expect([stored.count, stored.sum]).toEqual([expected.count, expected.sum]);
      expect(stored.top).toBeCloseTo(expected.top, 10);
      expect(stored.hot).toBeCloseTo(expected.hot, 10);
    }
    expect((await totalsAgainstRatings(ratedByBoth.id)).stored).toMatchObject({ count: 1, sum: 4 });
    expect((await totalsAgainstRatings(rated.id)).stored).toMatchObject({ count: 0, sum: 0, top: 3 });
    expect(await db.artwork.findUniqueOrThrow({ where: { id: untouched.id } })).toEqual(untouchedBefore);
  });

  it("takes the member's chat messages, and leaves the rooms they made to the others in them", async () => {
    const [leaver, fan] = [await createTestUser("leaver"), await createTestUser()];
    const room = await createRoom(leaver.id, { name: `${leaver.username} room`, description: "" });
    if (!room.ok) throw new Error("room refused");
    const { id: roomId } = await db.chatRoom.findUniqueOrThrow({ where: { slug: room.value } });
    // Straight into the table: posting would also broadcast, which this test is not about.
    for (const [authorId, body] of [
      [leaver.id, "By the leaver"],
      [fan.id, "Stays"],
    ])
      await storeMessage({ roomId, authorId, body });

    await deleteAccount(leaver.id);

    expect(await db.chatMessage.count({ where: { authorId: leaver.id } })).toBe(0);
    expect(
      await db.chatRoom.findUniqueOrThrow({ where: { id: roomId }, select: { createdById: true, messages: { select: { body: true } } } }),
    ).toEqual({
      createdById: null,
      messages: [{ body: "Stays" }],
    });
  });

  it("ends the member's live chat connections, and no one else's", async () => {
    const [leaver, fan] = [await createTestUser("leaver"), await createTestUser()];
    const [leaverLive, fanLive] = [await liveConnectionOf(realtime, leaver.id), await liveConnectionOf(realtime, fan.id)];
    await deleteAccount(leaver.id);
    expect((await leaverLive.endedWith()).code).toBe(4009);
    expect(await fanLive.settledState()).toBe("connected");
  });

  it("frees the username for anyone to sign up with", async () => {
    const leaver = await createTestUser("Leaver");
    await deleteAccount(leaver.id);
    expect(await createAccount({ username: leaver.username.toLowerCase(), password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  it("answers false for an id that names no member", async () => {
    expect(await deleteAccount("nosuchmember0000")).toEqual(refused(ACCOUNT_GONE));
  });
});
