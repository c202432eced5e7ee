import { describe, expect, it } from "vitest";
import { orderQuery, parseGalleryQuery, type GalleryOrder } from "@/lib/art/gallery-order";
import type { SearchParams } from "@/lib/paging/list-query";

const parseGalleryOrder = (params: SearchParams): GalleryOrder => parseGalleryQuery(params).order;

describe("gallery order from the URL", () => {
  it("reads the sort and period", () => {
    expect(parseGalleryOrder({ sort: "top", period: "week" })).toEqual({ sort: "top", period: "week" });
    expect(parseGalleryOrder({ sort: "hot" })).toEqual({ sort: "hot", period: "all" });
  });

  it("falls back to the defaults for unknown or repeated values, never failing", () => {
    expect(parseGalleryOrder({ sort: "DROP TABLE", period: "forever" })).toEqual({ sort: "new", period: "all" });
    expect(parseGalleryOrder({ sort: ["most", "top"] })).toEqual({ sort: "most", period: "all" });
    expect(parseGalleryOrder({})).toEqual({ sort: "new", period: "all" });
  });

  it("ignores a period on orders that have none", () => {
    expect(parseGalleryOrder({ sort: "new", period: "day" })).toEqual({ sort: "new", period: "all" });
  });

  it("reads the page beside the order, the first one for anything odd", () => {
    expect(parseGalleryQuery({ sort: "top", page: "3" })).toEqual({ page: 3, order: { sort: "top", period: "all" } });
    expect(parseGalleryQuery({ page: ["x", "2"] }).page).toBe(1);
  });

  it("keeps only non-default choices in links", () => {
    expect(orderQuery({ sort: "new", period: "all" }).toString()).toBe("");
    expect(orderQuery({ sort: "most", period: "month" }).toString()).toBe("sort=most&period=month");
  });
});
