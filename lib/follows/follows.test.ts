import { describe, expect, it } from "vitest";
import { blockMember } from "@/lib/blocks/blocks";
import { MEMBER_GONE } from "@/lib/blocks/pair";
import { CANNOT_FOLLOW, follow, removeFollower, unfollow } from "@/lib/follows/follows";
import { listFollowers, listFollowing } from "@/lib/follows/lists";
import { LIMITS } from "@/lib/rate-limit/limits";
import { db } from "@/lib/db";
import { atOnce, bareMembers } from "@/lib/testing/concurrency";

const counts = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { followerCount: true, followingCount: true } });
const follows = (followerId: string, followeeId: string) => db.follow.count({ where: { followerId, followeeId } });

describe("following", () => {
  it("follows a member once, however often it is asked, and counts it on both", async () => {
    const [fan, artist] = await bareMembers(2);
    const results = await atOnce(3, () => follow(fan.id, artist.id));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await follows(fan.id, artist.id)).toBe(1);
    expect(await counts(artist.id)).toEqual({ followerCount: 1, followingCount: 0 });
    expect(await counts(fan.id)).toEqual({ followerCount: 0, followingCount: 1 });
  });

  it("lets two members follow each other at the same moment without a deadlock, counting both", async () => {
    for (let round = 0; round < 5; round++) {
      const [ada, ben] = await bareMembers(2);
      const results = await Promise.all([follow(ada.id, ben.id), follow(ben.id, ada.id)]);
      expect(results.map((result) => result.ok)).toEqual([true, true]);
      expect(await counts(ada.id)).toEqual({ followerCount: 1, followingCount: 1 });
      expect(await counts(ben.id)).toEqual({ followerCount: 1, followingCount: 1 });
    }
  });

  it("refuses following yourself, and a member who is gone or banned", async () => {
    const [fan, banned] = await bareMembers(2);
    expect(await follow(fan.id, fan.id)).toMatchObject({ ok: false, message: "You can't follow yourself." });
    expect(await follow(fan.id, "nosuchmember0000")).toMatchObject({ ok: false, message: MEMBER_GONE });
    await db.user.update({ where: { id: banned.id }, data: { bannedAt: new Date() } });
    expect(await follow(fan.id, banned.id)).toMatchObject({ ok: false, message: expect.stringMatching(/banned/) });
    expect(await db.follow.count({ where: { followerId: fan.id } })).toBe(0);
  });

  it("unfollows, twice without complaint, and the counts go back", async () => {
    const [fan, artist] = await bareMembers(2);
    await follow(fan.id, artist.id);
    expect((await unfollow(fan.id, artist.id)).ok).toBe(true);
    expect((await unfollow(fan.id, artist.id)).ok).toBe(true);
    expect(await counts(artist.id)).toEqual({ followerCount: 0, followingCount: 0 });
  });

  it("limits new follows per member, spending nothing on a follow already made", async () => {
    const [fan, ...artists] = await bareMembers(LIMITS.follow.max + 2);
    const now = new Date();
    for (const artist of artists.slice(0, LIMITS.follow.max)) expect((await follow(fan.id, artist.id, now)).ok).toBe(true);
    expect((await follow(fan.id, artists[0].id, now)).ok).toBe(true);
    const over = await follow(fan.id, artists.at(-1)!.id, now);
    expect(over).toMatchObject({ ok: false, message: expect.stringMatching(/^You can follow 60 members an hour/) });
    expect(await follows(fan.id, artists.at(-1)!.id)).toBe(0);
  });
});

describe("removing a follower", () => {
  it("ends the follower's follow of the member who removes them", async () => {
    const [artist, fan] = await bareMembers(2);
    await follow(fan.id, artist.id);
    expect((await removeFollower(artist.id, fan.id)).ok).toBe(true);
    expect(await follows(fan.id, artist.id)).toBe(0);
    expect(await counts(artist.id)).toEqual({ followerCount: 0, followingCount: 0 });
  });

  it("cannot remove someone else's follower", async () => {
    const [artist, fan, stranger] = await bareMembers(3);
    await follow(fan.id, artist.id);
    await removeFollower(stranger.id, fan.id);
    expect(await follows(fan.id, artist.id)).toBe(1);
  });
});

describe("blocks and follows", () => {
  it("end the follows both ways, and neither may follow the other again", async () => {
    const [blocker, blocked] = await bareMembers(2);
    await follow(blocker.id, blocked.id);
    await follow(blocked.id, blocker.id);
    expect((await blockMember(blocker.id, blocked.id)).ok).toBe(true);
    expect(await counts(blocker.id)).toEqual({ followerCount: 0, followingCount: 0 });
    expect(await follow(blocked.id, blocker.id)).toMatchObject({ ok: false, message: CANNOT_FOLLOW });
    expect(await follow(blocker.id, blocked.id)).toMatchObject({ ok: false, message: CANNOT_FOLLOW });
    expect(await db.follow.count({ where: { OR: [{ followerId: blocker.id }, { followerId: blocked.id }] } })).toBe(0);
  });

  it("a follow racing a block never outlives it", async () => {
    for (let round = 0; round < 5; round++) {
      const [blocker, fan] = await bareMembers(2);
      await Promise.all([follow(fan.id, blocker.id), blockMember(blocker.id, fan.id)]);
      expect(await follows(fan.id, blocker.id)).toBe(0);
      expect(await counts(blocker.id)).toEqual({ followerCount: 0, followingCount: 0 });
    }
  });
});

describe("lists of followers and following", () => {
  it("list newest follows first with their counts", async () => {
    const [artist, first, second] = await bareMembers(3);
    await follow(first.id, artist.id, new Date("2026-01-01T00:00:00Z"));
    await follow(second.id, artist.id, new Date("2026-01-02T00:00:00Z"));
    await follow(first.id, second.id, new Date("2026-01-03T00:00:00Z"));
    const followers = await listFollowers(artist.id, 1);
    expect(followers.total).toBe(2);
    expect(followers.items.map((member) => member.id)).toEqual([second.id, first.id]);
    expect((await listFollowing(first.id, 1)).items.map((member) => member.id)).toEqual([second.id, artist.id]);
  });
});
