import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limit/limits";
import { TEST_PASSWORD, uniqueUsername } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { register } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.address = `203.0.113.${uniqueUsername("ip")}`;
  request.signIn.mockReset();
  request.setCookie.mockReset();
});

const signUpAs = (username: string, email = `${username}@example.com`) =>
  register(initialFormState, formData({ username, email, password: TEST_PASSWORD }));

describe("the sign-up form", () => {
  it("creates the account, signs the browser in and remembers it as the member's device", async () => {
    const username = uniqueUsername("artist");
    await expect(signUpAs(username)).rejects.toThrow(new Redirected("/"));
    expect(await db.user.count({ where: { usernameKey: username.toLowerCase() } })).toBe(1);
    expect(request.signIn).toHaveBeenCalledWith("credentials", { username, password: TEST_PASSWORD, redirect: false });
    expect(await db.user.findFirst({ where: { usernameKey: username.toLowerCase() }, select: { email: true } })).toEqual({
      email: `${username}@example.com`,
    });
    expect(request.setCookie).toHaveBeenCalledWith("known-device", expect.any(String), expect.objectContaining({ httpOnly: true }));
  });

  it("refuses an address with a display name or a line break next to the field, creating nothing", async () => {
    const username = uniqueUsername("artist");
    for (const email of ["Ada <ada@example.com>", "ada@example.com\r\nBcc: all@example.com", `${"a".repeat(10_000)}@example.com`]) {
      const state = await signUpAs(username, email);
      expect(state).toMatchObject({ status: "error", fieldErrors: { email: [expect.any(String)] } });
      expect(state.fieldErrors?.username).toBeUndefined();
    }
    expect(await db.user.count({ where: { usernameKey: username.toLowerCase() } })).toBe(0);
  });

  it("tells a network over the sign-up limit when to try again, and creates nothing", async () => {
    for (let i = 0; i < LIMITS.signup.max; i++) await expect(signUpAs(uniqueUsername("artist"))).rejects.toThrow(Redirected);
    const username = uniqueUsername("one_too_many");
    expect(await signUpAs(username)).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^Too many accounts were created from your network\. Try again in \d+ minutes\.$/),
      values: { username },
    });
    expect(await db.user.count({ where: { usernameKey: username.toLowerCase() } })).toBe(0);
  });
});
