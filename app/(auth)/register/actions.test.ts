import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/limits";
import { TEST_PASSWORD, uniqueUsername } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { register } from "./actions";

// The request around the action: where it comes from, and Auth.js's and Next.js's cookie and redirect calls.
const request = vi.hoisted(() => ({ address: "", signIn: vi.fn(), setCookie: vi.fn(), Redirected: class extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({ signIn: request.signIn }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [SOCKET_ADDRESS_HEADER]: request.address }),
  cookies: async () => ({ set: request.setCookie }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new request.Redirected(url);
  },
}));

beforeEach(() => {
  request.address = `203.0.113.${uniqueUsername("ip")}`;
  request.signIn.mockReset();
  request.setCookie.mockReset();
});

const signUpAs = (username: string) => register(initialFormState, formData({ username, password: TEST_PASSWORD }));

describe("the sign-up form", () => {
  it("creates the account, signs the browser in and remembers it as the member's device", async () => {
    const username = uniqueUsername("artist");
    await expect(signUpAs(username)).rejects.toThrow(new request.Redirected("/"));
    expect(await db.user.count({ where: { usernameKey: username.toLowerCase() } })).toBe(1);
    expect(request.signIn).toHaveBeenCalledWith("credentials", { username, password: TEST_PASSWORD, redirect: false });
    expect(request.setCookie).toHaveBeenCalledWith("known-device", expect.any(String), expect.objectContaining({ httpOnly: true }));
  });

  it("tells a network over the sign-up limit when to try again, and creates nothing", async () => {
    for (let i = 0; i < LIMITS.signup.max; i++) await expect(signUpAs(uniqueUsername("artist"))).rejects.toThrow(request.Redirected);
    const username = uniqueUsername("one_too_many");
    expect(await signUpAs(username)).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^Too many accounts were created from your network\. Try again in \d+ minutes\.$/),
      values: { username },
    });
    expect(await db.user.count({ where: { usernameKey: username.toLowerCase() } })).toBe(0);
  });
});
