import { describe, expect, it } from "vitest";
import { loadPage, loadPageCountingAhead, pageCountOf, type PageWindow } from "@/lib/paging/page";

/** A list of `total` numbered rows, recording which windows were read. */
function numbered(total: number) {
  const windows: PageWindow[] = [];
  const rows = async (window: PageWindow) => {
    windows.push(window);
    return Array.from({ length: Math.max(0, Math.min(window.take, total - window.skip)) }, (_, i) => window.skip + i);
  };
  const limits: number[] = [];
  const countUpTo = async (limit: number) => {
    limits.push(limit);
    return Math.min(total, limit);
  };
  return { count: async () => total, countUpTo, limits, rows, windows };
}

describe("a page of a list", () => {
  it("has at least one page, an empty list too", () => {
    expect([pageCountOf(0, 10), pageCountOf(10, 10), pageCountOf(11, 10)]).toEqual([1, 1, 2]);
  });

  it("holds the requested page's rows, with the page count and the total", async () => {
    const list = numbered(25);
    expect(await loadPage(2, 10, list.count, list.rows)).toEqual({
      items: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
      page: 2,
      pageCount: 3,
      total: 25,
    });
  });

  it("clamps a page past the end to the last page, saying which it is", async () => {
    const list = numbered(25);
    expect(await loadPage(99, 10, list.count, list.rows)).toEqual({ items: [20, 21, 22, 23, 24], page: 3, pageCount: 3, total: 25 });
    expect(list.windows).toEqual([{ skip: 20, take: 10 }]);
  });

  it("reads no rows for an empty list", async () => {
    const list = numbered(0);
    expect(await loadPage(5, 10, list.count, list.rows)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(list.windows).toEqual([]);
  });
});

describe("a page of a list counted only a few pages ahead", () => {
  it("counts no further than the pages ahead and says there are more", async () => {
    const list = numbered(1_000);
    expect(await loadPageCountingAhead(3, 10, 2, list.countUpTo, list.rows)).toEqual({
      items: [20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
      page: 3,
      pageCount: 6,
      total: 51,
      pagesBeyond: true,
    });
    expect(list.limits).toEqual([51]);
  });

  it("is the exact page, as loadPage gives it, when the list ends within the pages ahead, past its end too", async () => {
    for (const [total, requested] of [
      [50, 3],
      [25, 9],
      [0, 4],
    ]) {
      const list = numbered(total);
      expect(await loadPageCountingAhead(requested, 10, 2, list.countUpTo, list.rows), `${total} rows, page ${requested}`).toEqual(
        await loadPage(requested, 10, list.count, list.rows),
      );
    }
  });
});
