import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { ADMIN_SECTIONS } from "./sections";

/**
 * Every admin page and every admin action, found on disk, so one added
 * later is covered without being listed here: each must refuse a visitor
 * and a member on its own (the layout does not run for server actions, and
 * a page's data can be fetched without it).
 */
const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

type PageModule = {
  default: (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;
};
type ActionModule = Record<string, (state: typeof initialFormState, formData: FormData) => Promise<unknown>>;

const pages = import.meta.glob<PageModule>("./**/page.tsx");
const actionModules = import.meta.glob<ActionModule>("./**/actions.ts");

const routeOf = (file: string) => `/admin${file.slice(1).replace(/\/?page\.tsx$/, "")}`;
const SOMEONE = { id: "c0000000000member0000", username: "someone", role: "USER", theme: "SYSTEM" } as const;

const outsiders = [
  ["a visitor", null],
  ["a member", SOMEONE],
] as const;

beforeEach(() => {
  request.user = null;
});

describe("admin pages", () => {
  it("exist for every section of the navigation", () => {
    const routes = Object.keys(pages).map(routeOf);
    for (const section of ADMIN_SECTIONS) expect(routes).toContain(section.href);
  });

  describe.each(outsiders)("for %s", (_who, user) => {
    it.each(Object.keys(pages))("%s answers 404", async (file) => {
      request.user = user;
      const page = await pages[file]();
      const render = page.default({ params: Promise.resolve({ id: "c0000000000target0000" }), searchParams: Promise.resolve({}) });
      await expect(render).rejects.toThrow(/404/);
    });
  });
});

describe("admin actions", () => {
  it("are found", () => {
    expect(Object.keys(actionModules).length).toBeGreaterThan(0);
  });

  describe.each(outsiders)("for %s", (_who, user) => {
    it.each(Object.keys(actionModules))("every action in %s refuses, whatever is posted", async (file) => {
      request.user = user;
      const actions = Object.entries(await actionModules[file]());
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        const posted = new FormData();
        posted.set("memberId", SOMEONE.id);
        posted.set("reason", "forged");
        const answer = await action(initialFormState, posted);
        expect(answer, name).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
      }
    });
  });
});
