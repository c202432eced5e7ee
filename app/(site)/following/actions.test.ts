import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { bareMembers } from "@/lib/testing/concurrency";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { blockAMember, followMember, removeMyFollower, unblockAMember, unfollowMember } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

const follows = (followerId: string, followeeId: string) => db.follow.count({ where: { followerId, followeeId } });

beforeEach(() => {
  request.user = null;
});

describe("follow and block actions", () => {
  it("send a visitor to log in, changing nothing", async () => {
    const [artist] = await bareMembers(1);
    for (const action of [followMember, unfollowMember, blockAMember, unblockAMember]) {
      await expect(action(initialFormState, formData({ memberId: artist.id }))).rejects.toThrow(new Redirected("/login"));
    }
    await expect(removeMyFollower(initialFormState, formData({ followerId: artist.id }))).rejects.toThrow(new Redirected("/login"));
    expect(await db.follow.count({ where: { followeeId: artist.id } })).toBe(0);
  });

  it("follow and unfollow as the member signed in, with words for the button's form", async () => {
    const [fan, artist] = await bareMembers(2);
    request.actAs({ id: fan.id, username: "fan" });
    expect(await followMember(initialFormState, formData({ memberId: artist.id }))).toMatchObject({ status: "success" });
    expect(await follows(fan.id, artist.id)).toBe(1);
    expect(await unfollowMember(initialFormState, formData({ memberId: artist.id }))).toMatchObject({ status: "success" });
    expect(await follows(fan.id, artist.id)).toBe(0);
    expect(await followMember(initialFormState, formData({ memberId: fan.id }))).toMatchObject({
      status: "error",
      message: "You can't follow yourself.",
    });
  });

  it("let another member remove only their own followers", async () => {
    const [artist, fan, stranger] = await bareMembers(3);
    request.actAs({ id: fan.id, username: "fan" });
    await followMember(initialFormState, formData({ memberId: artist.id }));
    request.actAs({ id: stranger.id, username: "stranger" });
    await removeMyFollower(initialFormState, formData({ followerId: fan.id }));
    expect(await follows(fan.id, artist.id)).toBe(1);
    request.actAs({ id: artist.id, username: "artist" });
    await removeMyFollower(initialFormState, formData({ followerId: fan.id }));
    expect(await follows(fan.id, artist.id)).toBe(0);
  });
});
