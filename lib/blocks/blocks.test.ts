import { describe, expect, it } from "vitest";
import { blockMember, isBlockedEitherWay, listBlocked, unblockMember } from "@/lib/blocks/blocks";
import { CANNOT_COMMENT, addComment } from "@/lib/comments/comments";
import { follow } from "@/lib/follows/follows";
import { db } from "@/lib/db";
import { bareArtwork } from "@/lib/testing/artworks";
import { atOnce, bareMembers } from "@/lib/testing/concurrency";

describe("blocking", () => {
  it("blocks once however often it is asked, and either way counts for both", async () => {
    const [blocker, blocked, other] = await bareMembers(3);
    const results = await atOnce(3, () => blockMember(blocker.id, blocked.id));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.block.count({ where: { blockerId: blocker.id } })).toBe(1);
    expect(await isBlockedEitherWay(blocker.id, blocked.id)).toBe(true);
    expect(await isBlockedEitherWay(blocked.id, blocker.id)).toBe(true);
    expect(await isBlockedEitherWay(blocker.id, other.id)).toBe(false);
  });

  it("refuses blocking yourself or a member who is gone", async () => {
    const [member] = await bareMembers(1);
    expect(await blockMember(member.id, member.id)).toMatchObject({ ok: false, message: "You can't block yourself." });
    expect(await blockMember(member.id, "nosuchmember0000")).toMatchObject({ ok: false, message: "This member no longer exists." });
  });

  it("lists the members blocked, newest first, and unblocking ends only the member's own block", async () => {
    const [blocker, first, second, stranger] = await bareMembers(4);
    await blockMember(blocker.id, first.id, new Date("2026-01-01T00:00:00Z"));
    await blockMember(blocker.id, second.id, new Date("2026-01-02T00:00:00Z"));
    expect((await listBlocked(blocker.id, 1)).items.map((member) => member.id)).toEqual([second.id, first.id]);
    await unblockMember(stranger.id, first.id);
    expect(await isBlockedEitherWay(blocker.id, first.id)).toBe(true);
    expect((await unblockMember(blocker.id, first.id)).ok).toBe(true);
    expect(await isBlockedEitherWay(blocker.id, first.id)).toBe(false);
    expect((await follow(first.id, blocker.id)).ok).toBe(true);
  });
});

describe("comments between blocked members", () => {
  it("are refused both ways with words that do not say who blocked whom, and others may still comment", async () => {
    const [blocker, blocked, fan] = await bareMembers(3);
    const [blockersArt, blockedsArt] = await Promise.all([bareArtwork(blocker.id), bareArtwork(blocked.id)]);
    await blockMember(blocker.id, blocked.id);
    expect(await addComment(blockersArt.id, blocked.id, "Hello")).toEqual({ ok: false, message: CANNOT_COMMENT, field: "body" });
    expect(await addComment(blockedsArt.id, blocker.id, "Hello")).toEqual({ ok: false, message: CANNOT_COMMENT, field: "body" });
    expect((await addComment(blockersArt.id, fan.id, "Lovely")).ok).toBe(true);
    expect(await db.comment.count({ where: { authorId: { in: [blocker.id, blocked.id] } } })).toBe(0);
  });
});
