import { describe, expect, it, vi } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { promoteToAdmin } from "@/lib/auth/admin-accounts";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { done, refused } from "@/lib/result";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { EMAIL_TAKEN_MESSAGE, USERNAME_TAKEN_MESSAGE } from "@/lib/auth/schemas";

// Bans, deleted accounts and new passwords end live chat connections through the realtime server's API; a stand-in answers it.
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

describe("accounts", () => {
  it("stores a hash, never the password", async () => {
    const user = await createTestUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
    expect(row.role).toBe("USER");
  });

  it("refuses a username taken in any letter case and writes nothing", async () => {
    const user = await createTestUser("Mixed");
    const before = await db.user.count();
    const result = await createAccount({ username: user.username.toUpperCase(), password: TEST_PASSWORD });
    expect(result).toEqual(refused(USERNAME_TAKEN_MESSAGE, "username"));
    expect(await db.user.count()).toBe(before);
  });

  it("promotes a member to admin, and a new password ends their sessions", async () => {
    const user = await createTestUser();
    expect(await promoteToAdmin(user.username)).toEqual(done({ username: user.username, role: "ADMIN" }));
    await promoteToAdmin(user.username.toUpperCase(), { newPassword: "fresh admin passphrase" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(1);
    const login = await authenticate(
      { username: user.username, password: "fresh admin passphrase" },
      { address: "192.0.2.1", knownDevice: false },
    );
    expect(login.ok).toBe(true);
  });

  it("gives an admin created or promoted from the command line a confirmed address, refusing one another account holds", async () => {
    const email = `${uniqueUsername("Op")}@Example.com`;
    const created = await createAccount({ username: uniqueUsername("op"), password: TEST_PASSWORD, email, emailVerified: true }, "ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: created.ok ? created.value : "" } });
    expect(row).toMatchObject({ email, emailKey: email.toLowerCase(), emailVerifiedAt: expect.any(Date) });

    const member = await createTestUser("promoted", { email: "none" });
    const other = `${member.username}@example.org`;
    expect((await promoteToAdmin(member.username, { email: other }))?.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      email: other,
      emailVerifiedAt: expect.any(Date),
    });

    const thief = await createTestUser("thief", { email: "none" });
    expect(await promoteToAdmin(thief.username, { email: email.toUpperCase() })).toEqual(refused(EMAIL_TAKEN_MESSAGE, "email"));
    expect(await db.user.findUniqueOrThrow({ where: { id: thief.id } })).toMatchObject({ role: "USER", email: null });
  });

  it("promotes nobody when the name is unknown", async () => {
    expect(await promoteToAdmin(uniqueUsername("ghost"))).toBeNull();
  });
});
