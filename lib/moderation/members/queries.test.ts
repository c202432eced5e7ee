import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { storeMessage } from "@/lib/chat/messages";
import { MEMBERS_PER_PAGE, getMemberDetail, listMembers } from "@/lib/moderation/members/queries";
import { createTestArtwork } from "@/lib/testing/artworks";
import { createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { memberListQuery } from "@/lib/moderation/members/schemas";
import { NotFound } from "@/lib/testing/request-context";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

const NOW = new Date("2026-11-24T10:00:00Z");

async function asAdmin() {
  const admin = await createTestUser("admin");
  await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
  request.actAs(admin, "ADMIN");
  return admin;
}

/** Members whose names share a fresh word, so a search finds exactly them in the shared database. */
async function family(size: number) {
  const word = uniqueUsername("fam").replace("_", "");
  const members = [];
  for (let i = 0; i < size; i++) {
    const member = await createTestUser(`${word}${i}`);
    // Apart by a second each, so "newest first" has one right answer.
    await db.user.update({ where: { id: member.id }, data: { createdAt: new Date(NOW.getTime() - (size - i) * 1000) } });
    members.push(member);
  }
  return { word, members };
}

const query = (params: Record<string, string>) => memberListQuery.parse(params);

beforeEach(() => {
  request.user = null;
});

describe("admin member data for anyone but an admin", () => {
  it("is the 404 page for a visitor and a member", async () => {
    const member = await createTestUser();
    for (const user of [null, { ...member, role: "USER" as const, theme: "SYSTEM" as const }]) {
      request.user = user;
      await expect(listMembers(query({}))).rejects.toThrow(NotFound);
      await expect(getMemberDetail(member.id)).rejects.toThrow(NotFound);
    }
  });
});

describe("the members list", () => {
  it("finds members by username or display name in any case, newest first, with their counts", async () => {
    await asAdmin();
    const { word, members } = await family(3);
    await db.user.update({ where: { id: members[0].id }, data: { displayName: `Painter ${word.toUpperCase()}X` } });
    await createTestArtwork(members[1].id);

    const list = await listMembers(query({ q: word.toUpperCase() }), NOW);

    expect(list.items.map((row) => row.username)).toEqual([members[2].username, members[1].username, members[0].username]);
    expect(list.items.map((row) => [row.artworkCount, row.commentCount])).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(list.total).toBe(3);
    const byDisplayName = await listMembers(query({ q: `painter ${word}x` }), NOW);
    expect(byDisplayName.items.map((row) => row.id)).toEqual([members[0].id]);
  });

  it("filters by role and by a ban in force now", async () => {
    await asAdmin();
    const { word, members } = await family(4);
    const [plain, admin, banned, expired] = members;
    await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    await db.user.update({ where: { id: banned.id }, data: { bannedAt: NOW, bannedUntil: null, banReason: "Spam" } });
    await db.user.update({
      where: { id: expired.id },
      data: { bannedAt: new Date(NOW.getTime() - 9e7), bannedUntil: new Date(NOW.getTime() - 1000) },
    });
    const names = async (params: Record<string, string>) =>
      (await listMembers(query({ q: word, ...params }), NOW)).items.map((row) => row.id).sort();

    expect(await names({ role: "admin" })).toEqual([admin.id]);
    expect(await names({ role: "member" })).toEqual([plain.id, banned.id, expired.id].sort());
    expect(await names({ status: "banned" })).toEqual([banned.id]);
    expect(await names({ status: "active" })).toEqual([plain.id, admin.id, expired.id].sort());
    expect((await listMembers(query({ q: word, status: "banned" }), NOW)).items[0].ban).toEqual({ until: null, reason: "Spam" });
  });

  it("pages through the results, and treats LIKE wildcards and junk parameters as plain text or defaults", async () => {
    await asAdmin();
    const { word } = await family(MEMBERS_PER_PAGE + 2);
    const second = await listMembers(query({ q: word, page: "2" }), NOW);
    expect([second.items.length, second.total, second.pageCount]).toEqual([2, MEMBERS_PER_PAGE + 2, 2]);
    expect(memberListQuery.parse({ q: ["a", "b"], role: "root", status: "x", page: "-3" })).toEqual({
      q: "a",
      role: "any",
      status: "any",
      page: 1,
    });
    expect(memberListQuery.parse({ q: "x".repeat(500) }).q).toBe("x".repeat(100));
    for (const q of [`${word.slice(0, 4)}%`, `${word.slice(0, -1)}_`]) {
      const wildcard = await listMembers(query({ q }), NOW);
      expect(wildcard.items.filter((row) => row.username.startsWith(word))).toEqual([]);
    }
  });
});

describe("one member's page data", () => {
  it("lists their artwork with hidden marked, comments, messages and the moderation history about them", async () => {
    await asAdmin();
    const member = await createTestUser();
    const artwork = await createTestArtwork(member.id, "Hidden piece");
    await db.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: NOW, hiddenReason: "Stolen" } });
    await db.comment.create({ data: { artworkId: artwork.id, authorId: member.id, body: "My comment" } });
    const room = await db.chatRoom.create({
      data: { slug: uniqueUsername("room"), name: uniqueUsername("Room"), nameKey: uniqueUsername("room") },
    });
    await storeMessage({ roomId: room.id, authorId: member.id, body: "My message" });
    const entry = { adminId: "someone", adminName: "someone", targetLabel: "x" };
    await db.auditEntry.create({
      data: { ...entry, action: "HIDE_ARTWORK", targetType: "ARTWORK", targetId: artwork.id, targetOwnerId: member.id, reason: "Stolen" },
    });
    await db.auditEntry.create({
      data: { ...entry, action: "BAN_MEMBER", targetType: "MEMBER", targetId: member.id, detail: "permanent" },
    });
    await db.auditEntry.create({
      data: { ...entry, action: "HIDE_ARTWORK", targetType: "ARTWORK", targetId: "someoneelse000000", targetOwnerId: "otherowner000000" },
    });

    const detail = await getMemberDetail(member.id, NOW);

    expect(detail).toMatchObject({
      id: member.id,
      username: member.username,
      role: "USER",
      ban: null,
      _count: { artworks: 1, comments: 1, chatMessages: 1 },
    });
    expect(detail?.artworks).toMatchObject([{ title: "Hidden piece", hiddenAt: NOW, hiddenReason: "Stolen" }]);
    expect(detail?.comments).toMatchObject([{ body: "My comment", artwork: { id: artwork.id } }]);
    expect(detail?.chatMessages).toMatchObject([{ body: "My message", room: { slug: room.slug } }]);
    expect(detail?.history.map((row) => row.action)).toEqual(["BAN_MEMBER", "HIDE_ARTWORK"]);
  });

  it("is nothing for a malformed id or one that names nobody", async () => {
    await asAdmin();
    expect(await getMemberDetail("../etc/passwd")).toBeNull();
    expect(await getMemberDetail("nosuchmember0000")).toBeNull();
  });
});
