import { vi, type Mock } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

/** What the stand-in redirect() throws; `rejects.toThrow(new Redirected("/login"))` says where the request was sent. */
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`NEXT_REDIRECT;${url}`);
  }
}

/** What the stand-in notFound() throws. */
export class NotFound extends Error {
  constructor() {
    super("NEXT_HTTP_ERROR_FALLBACK;404");
  }
}

/** The request around a server action, page or route handler under test: set its fields, read its mocks. */
export type TestRequest = {
  /** The session's member; null for a visitor. */
  user: SessionUser | null;
  /** The address the request comes from (the socket's, as the server sees it). */
  address: string;
  /** Auth.js's signIn and signOut, which set and clear cookies outside a test. */
  signIn: Mock;
  signOut: Mock;
  /** cookies().set */
  setCookie: Mock;
  revalidatePath: Mock;
  /** next/server's after(): work the action leaves for once the response is out (recorded, not run). */
  after: Mock;
  /** Signs `member` in for the calls that follow, and answers the session user they get. */
  actAs(member: { id: string; username: string }, role?: SessionUser["role"]): SessionUser;
  /** Creates a member (an admin, with that role) and signs them in. */
  signInNewMember(role?: SessionUser["role"], prefix?: string): Promise<{ id: string; username: string }>;
};

/**
 * Stands in for everything around a request that only Next.js and Auth.js
 * provide: the session (lib/auth/session), Auth.js's sign-in calls,
 * next/headers, next/cache and next/navigation (redirect and notFound
 * throw Redirected and NotFound). The app's modules read these when first
 * imported, so call it from vi.hoisted, which runs before the test file's
 * imports:
 *
 *   const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());
 */
export function mockRequestContext(): TestRequest {
  const request: TestRequest = {
    user: null,
    address: "",
    signIn: vi.fn(),
    signOut: vi.fn(),
    setCookie: vi.fn(),
    revalidatePath: vi.fn(),
    after: vi.fn(),
    actAs(member, role = "USER") {
      request.user = { id: member.id, username: member.username, role, theme: "SYSTEM" };
      return request.user;
    },
    async signInNewMember(role = "USER", prefix) {
      // Imported on first use: this module loads before the test file's mocks and stand-ins are in place.
      const { createTestAdmin, createTestUser } = await import("@/lib/testing/factories");
      const member = role === "ADMIN" ? await createTestAdmin(prefix) : await createTestUser(prefix);
      request.actAs(member, role);
      return member;
    },
  };
  vi.doMock("@/lib/auth/session", () => ({ getCurrentUser: async () => request.user, requireUser: async () => request.user }));
  vi.doMock("@/lib/auth/auth", () => ({ signIn: request.signIn, signOut: request.signOut }));
  vi.doMock("next/cache", () => ({ revalidatePath: request.revalidatePath }));
  vi.doMock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: request.after }));
  vi.doMock("next/headers", () => ({
    headers: async () => new Headers({ [SOCKET_ADDRESS_HEADER]: request.address }),
    cookies: async () => ({ set: request.setCookie }),
  }));
  vi.doMock("next/navigation", () => ({
    redirect: (url: string) => {
      throw new Redirected(url);
    },
    notFound: () => {
      throw new NotFound();
    },
  }));
  return request;
}
