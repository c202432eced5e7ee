import { describe, expect, it } from "vitest";
import { pageHref } from "@/components/pagination";

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
