import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { TEST_PASSWORD, createTestUser, uniqueUsername } from "@/lib/testing/factories";
import { removeAccount } from "./account/actions";
import { savePassword } from "./password/actions";
import { saveUsername } from "./username/actions";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";

// Bans, deleted accounts and new passwords end live chat connections through the realtime server's API; a stand-in answers it.
const realtime = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTheApp());
afterAll(() => realtime.close());

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

/** What a member could notice changing about their account. */
const accountOf = (id: string) =>
  db.user.findUnique({ where: { id }, select: { username: true, passwordHash: true, sessionVersion: true, oldUsernames: true } });

const NEW_PASSWORD = "quiet lantern orchard";

beforeEach(() => {
  request.user = null;
  request.address = `192.0.2.${uniqueUsername("ip")}`;
  request.signIn.mockReset();
  request.signOut.mockReset();
});

describe("settings actions for a visitor", () => {
  it("send them to log in, changing no one's account", async () => {
    const member = await createTestUser();
    const before = await accountOf(member.id);
    const attempts = [
      saveUsername(initialFormState, formData({ username: uniqueUsername(), userId: member.id })),
      savePassword(initialFormState, formData({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD })),
      removeAccount(initialFormState, formData({ password: TEST_PASSWORD, confirm: "on", userId: member.id })),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(new Redirected("/login"));
    expect(await accountOf(member.id)).toEqual(before);
    expect(request.signOut).not.toHaveBeenCalled();
  });
});

describe("changing the username", () => {
  it("renames the signed-in member only, whatever the form names", async () => {
    const [other, member] = [await createTestUser(), await request.signInNewMember()];
    const otherBefore = await accountOf(other.id);
    const newName = uniqueUsername("Renamed");
    const state = await saveUsername(initialFormState, formData({ username: ` ${newName} `, userId: other.id }));
    expect(state).toMatchObject({ status: "success", message: `Your username is now ${newName}.` });
    expect((await accountOf(member.id))?.username).toBe(newName);
    expect(await accountOf(other.id)).toEqual(otherBefore);
  });

  it("refuses invalid, reserved, taken and unchanged names next to the field, keeping what was typed and changing nothing", async () => {
    const other = await createTestUser("Taken");
    const member = await request.signInNewMember();
    const before = await accountOf(member.id);
    const cases = [
      ["ab", "Username must be at least 3 characters"],
      ["mira paints", "Use only letters, digits, _ and -"],
      ["Settings", "This username is reserved; choose another"],
      [other.username.toLowerCase(), "This username is taken; choose another"],
      [member.username, "This is already your username"],
    ];
    for (const [username, message] of cases) {
      const state = await saveUsername(initialFormState, formData({ username }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { username: [message] }, values: { username } });
    }
    expect(await accountOf(member.id)).toEqual(before);
  });
});

describe("changing the password", () => {
  const change = (fields: Partial<Record<"currentPassword" | "newPassword" | "repeatPassword", string>>) =>
    savePassword(
      initialFormState,
      formData({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD, ...fields }),
    );

  it("sets the new password, ends every session and signs this browser in again", async () => {
    const member = await request.signInNewMember();
    await expect(change({})).rejects.toThrow(new Redirected("/settings/password?changed=1"));
    expect((await accountOf(member.id))?.sessionVersion).toBe(1);
    expect(request.signIn).toHaveBeenCalledWith("credentials", { username: member.username, password: NEW_PASSWORD, redirect: false });
    const client = { address: request.address, knownDevice: true };
    expect(await authenticate({ username: member.username, password: NEW_PASSWORD }, client)).toMatchObject({ ok: true });
    expect(await authenticate({ username: member.username, password: TEST_PASSWORD }, client)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a wrong current password, changing nothing and counting it as a failed log-in", async () => {
    const member = await request.signInNewMember();
    const before = await accountOf(member.id);
    expect(await change({ currentPassword: "not my password" })).toMatchObject({
      status: "error",
      fieldErrors: { currentPassword: ["Wrong password."] },
    });
    expect(await accountOf(member.id)).toEqual(before);
    const failures = { bucket: LIMITS.loginAccountAddress.bucket, subject: `${member.username.toLowerCase()} ${request.address}` };
    expect(await db.rateLimit.count({ where: failures })).toBe(1);
    expect(request.signIn).not.toHaveBeenCalled();
  });

  it("refuses a new password against the sign-up rules, the current one again, or a mistyped repeat", async () => {
    const member = await request.signInNewMember();
    const before = await accountOf(member.id);
    expect((await change({ newPassword: "short", repeatPassword: "short" })).fieldErrors).toEqual({
      newPassword: ["Password must be at least 8 characters"],
    });
    expect((await change({ newPassword: "password123", repeatPassword: "password123" })).fieldErrors?.newPassword).toEqual([
      "This password is too common; choose one that is harder to guess",
    ]);
    expect((await change({ newPassword: TEST_PASSWORD, repeatPassword: TEST_PASSWORD })).fieldErrors).toEqual({
      newPassword: ["Choose a password different from your current one"],
    });
    expect((await change({ repeatPassword: "quiet lantern orchid" })).fieldErrors).toEqual({
      repeatPassword: ["This does not match the new password"],
    });
    expect(await accountOf(member.id)).toEqual(before);
  });

  it("tells a throttled member how long to wait, even with the right password", async () => {
    const member = await request.signInNewMember();
    for (let i = 0; i < LIMITS.loginAccountAddress.max; i++) {
      await authenticate({ username: member.username, password: `guess ${i}` }, { address: request.address, knownDevice: false });
    }
    const before = await accountOf(member.id);
    expect((await change({})).fieldErrors).toEqual({
      currentPassword: [expect.stringMatching(/^Too many attempts\. Try again in \d+ (seconds|minutes)\.$/)],
    });
    expect(await accountOf(member.id)).toEqual(before);
  });
});

describe("deleting the account", () => {
  it("refuses a wrong password or an unticked box, deleting nothing", async () => {
    const member = await request.signInNewMember();
    const wrong = await removeAccount(initialFormState, formData({ password: "not my password", confirm: "on" }));
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { password: ["Wrong password."] }, values: { confirm: "on" } });
    const unticked = await removeAccount(initialFormState, formData({ password: TEST_PASSWORD }));
    expect(unticked).toMatchObject({ status: "error", fieldErrors: { confirm: ["Tick this box to confirm"] } });
    expect(await accountOf(member.id)).not.toBeNull();
    expect(request.signOut).not.toHaveBeenCalled();
  });

  it("deletes the signed-in member only, whatever the form names, and signs the browser out", async () => {
    const [other, member] = [await createTestUser(), await request.signInNewMember()];
    await removeAccount(initialFormState, formData({ password: TEST_PASSWORD, confirm: "on", userId: other.id }));
    expect(await accountOf(member.id)).toBeNull();
    expect(await accountOf(other.id)).not.toBeNull();
    expect(request.signOut).toHaveBeenCalledWith({ redirectTo: "/?account=deleted" });
  });
});
