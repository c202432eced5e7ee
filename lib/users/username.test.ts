import { describe, expect, it } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { done, refused } from "@/lib/result";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { createMemberWithEmail, mailsTo } from "@/lib/testing/email-members";
import { getProfile, renamedProfileHref } from "@/lib/users/profiles";
import { SAME_USERNAME, changeUsername } from "@/lib/users/username";
import { USERNAME_TAKEN_MESSAGE } from "@/lib/auth/schemas";

const stored = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { username: true, usernameKey: true } });

describe("changing the username", () => {
  it("renames the member, and their old name leads to the new profile", async () => {
    const member = await createTestUser("Old");
    const newName = uniqueUsername("New");
    expect(await changeUsername(member.id, newName)).toEqual(done());
    expect(await stored(member.id)).toEqual({ username: newName, usernameKey: newName.toLowerCase() });
    expect(await getProfile(member.username)).toBeNull();
    expect(await renamedProfileHref(member.username.toUpperCase())).toBe(`/u/${newName}`);
  });

  it("follows the member through several renames, from every old name", async () => {
    const member = await createTestUser("first");
    const [second, third] = [uniqueUsername("second"), uniqueUsername("third")];
    await changeUsername(member.id, second);
    await changeUsername(member.id, third);
    expect(await renamedProfileHref(member.username)).toBe(`/u/${third}`);
    expect(await renamedProfileHref(second)).toBe(`/u/${third}`);
  });

  it("changes only the letter case without a redirect", async () => {
    const member = await createTestUser("lower");
    expect(await changeUsername(member.id, member.username.toUpperCase())).toEqual(done());
    expect((await stored(member.id)).username).toBe(member.username.toUpperCase());
    expect(await db.usernameRedirect.count({ where: { userId: member.id } })).toBe(0);
  });

  it("refuses the name the member already has, changing nothing", async () => {
    const member = await createTestUser();
    expect(await changeUsername(member.id, member.username)).toEqual(refused(SAME_USERNAME, "username"));
    expect(await db.usernameRedirect.count({ where: { userId: member.id } })).toBe(0);
  });

  it("refuses a name another member has in any letter case, changing nothing", async () => {
    const [member, other] = [await createTestUser(), await createTestUser("Taken")];
    expect(await changeUsername(member.id, other.username.toUpperCase())).toEqual(refused(USERNAME_TAKEN_MESSAGE, "username"));
    expect(await stored(member.id)).toEqual({ username: member.username, usernameKey: member.username.toLowerCase() });
    expect(await stored(other.id)).toEqual({ username: other.username, usernameKey: other.username.toLowerCase() });
    expect(await db.usernameRedirect.count({ where: { userId: { in: [member.id, other.id] } } })).toBe(0);
  });

  it("settles two members racing for one name: one gets it, the other is refused", async () => {
    const [first, second] = [await createTestUser(), await createTestUser()];
    const contested = uniqueUsername("contested");
    const results = await Promise.all([changeUsername(first.id, contested), changeUsername(second.id, contested)]);
    expect(results).toContainEqual(done());
    expect(results).toContainEqual(refused(USERNAME_TAKEN_MESSAGE, "username"));
    expect(await db.user.count({ where: { usernameKey: contested.toLowerCase() } })).toBe(1);
  });

  it("ends the old name's redirect when someone signs up with it", async () => {
    const member = await createTestUser();
    await changeUsername(member.id, uniqueUsername());
    const newcomer = await createAccount({ username: member.username, password: TEST_PASSWORD });
    expect(newcomer.ok).toBe(true);
    expect(await renamedProfileHref(member.username)).toBeNull();
    expect((await getProfile(member.username))?.username).toBe(member.username);
  });

  it("ends the old name's redirect when another member renames themselves to it", async () => {
    const [member, other] = [await createTestUser(), await createTestUser()];
    await changeUsername(member.id, uniqueUsername());
    expect(await changeUsername(other.id, member.username)).toEqual(done());
    expect(await renamedProfileHref(member.username)).toBeNull();
    expect(await db.usernameRedirect.findUnique({ where: { usernameKey: other.username.toLowerCase() } })).toMatchObject({
      userId: other.id,
    });
  });

  it("lets a member take back their own old name, which then needs no redirect", async () => {
    const member = await createTestUser();
    const interim = uniqueUsername("interim");
    await changeUsername(member.id, interim);
    expect(await changeUsername(member.id, member.username)).toEqual(done());
    expect(await renamedProfileHref(member.username)).toBeNull();
    expect(await renamedProfileHref(interim)).toBe(`/u/${member.username}`);
  });
});

describe("the mail a rename sends", () => {
  it("tells the member's address the old and the new name", async () => {
    const member = await createMemberWithEmail({ prefix: "Before" });
    const newName = uniqueUsername("After");
    await changeUsername(member.id, newName);
    const [mail] = await mailsTo(member.email);
    expect(mail).toMatchObject({ kind: "username-changed", subject: "Your Artist Collective username was changed" });
    expect(mail.text).toContain(`from ${member.username} to ${newName}`);
  });

  it("sends nothing when the name stays the same or the member has no address", async () => {
    const member = await createMemberWithEmail();
    await changeUsername(member.id, member.username);
    expect(await mailsTo(member.email)).toEqual([]);
    const without = await createTestUser();
    await changeUsername(without.id, uniqueUsername());
    expect(await db.outgoingMail.count({ where: { userId: without.id } })).toBe(0);
  });
});
