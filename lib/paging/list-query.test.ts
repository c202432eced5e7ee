import { describe, expect, it } from "vitest";
import { choiceQuery, listQuery, pagedListQuery, SEARCH_MAX, searchQuery } from "@/lib/paging/list-query";

const searchable = listQuery({ q: searchQuery, kind: choiceQuery(["any", "some"], "any") });

describe("a list's address", () => {
  it("reads the search as one trimmed line, cut to the limit past it", () => {
    expect(searchable.parse({ q: "  paint \n  splash " }).q).toBe("paint splash");
    expect(searchable.parse({ q: "x".repeat(500) }).q).toBe("x".repeat(SEARCH_MAX));
    expect(searchable.parse({}).q).toBe("");
  });

  it("takes the first of a repeated parameter, and the defaults for anything odd", () => {
    expect(searchable.parse({ q: ["first", "second"], kind: ["some", "any"], page: ["2", "3"] })).toEqual({
      q: "first",
      kind: "some",
      page: 2,
    });
    expect(searchable.parse({ kind: "every", page: "-3" })).toEqual({ q: "", kind: "any", page: 1 });
    expect(pagedListQuery.parse({ page: "1.5" })).toEqual({ page: 1 });
    expect(pagedListQuery.parse({ page: "4", q: "ignored" })).toEqual({ page: 4 });
  });

  it("keeps only what differs from the defaults in its links, never the page", () => {
    expect(searchable.params({ q: "sun", kind: "any" }).toString()).toBe("q=sun");
    expect(searchable.params(searchable.parse({ q: "a&b", kind: "some", page: "3" })).toString()).toBe("q=a%26b&kind=some");
  });
});
