import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { artistSearchSql } from "@/lib/search/artists";
import { artworkSearchSql } from "@/lib/search/artworks";
import { searchText } from "@/lib/search/schemas";

async function planText(statement: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${statement}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

describe("search statements on PostgreSQL", () => {
  it("fold the words typed once, when planned, not again for every row read", async () => {
    for (const typed of ["Façade", '"light portrait"', "forest -night"]) {
      const search = { terms: searchText.parse(typed), viewerId: "a-member", now: new Date() };
      for (const statement of [artworkSearchSql(search), artistSearchSql(search)]) {
        const plan = await planText(statement);
        expect(plan, typed).toMatch(/tsquery/);
        // Folded: the typed words appear as a tsquery constant, never as a call on them (the artists' side folds each
        // member's names, as their index does).
        expect(plan, typed).not.toMatch(/current_setting|search_fold\('/);
      }
      // Artists: the named members on their own first, never every member in follower order, each one's names folded.
      expect(await planText(artistSearchSql(search)), typed).toMatch(/CTE Scan on named/);
    }
  });
});
