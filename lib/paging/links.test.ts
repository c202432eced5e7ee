import { describe, expect, it } from "vitest";
import { listParams, pageHref } from "@/lib/paging/links";

describe("page links", () => {
  it("keep the chosen order while paging", () => {
    const order = new URLSearchParams({ sort: "top", period: "week" });
    expect(pageHref("/", order, 3)).toBe("/?sort=top&period=week&page=3");
    expect(pageHref("/u/mira", order, 1)).toBe("/u/mira?sort=top&period=week");
  });

  it("leave the default order's first page as the plain address", () => {
    expect(pageHref("/", new URLSearchParams(), 1)).toBe("/");
    expect(pageHref("/", new URLSearchParams(), 2)).toBe("/?page=2");
  });
});

describe("a list's link values", () => {
  it("leave out defaults, empty values and anything that is not text", () => {
    expect(listParams({ q: "sun", role: "any", status: "banned", page: 3 }, { role: "any" }).toString()).toBe("q=sun&status=banned");
    expect(listParams({ q: "", targetId: undefined }).toString()).toBe("");
  });
});
