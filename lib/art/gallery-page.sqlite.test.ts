import { describe, expect, it } from "vitest";
import { galleryCountQuerySql, pageQuerySql } from "@/lib/art/gallery-page";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { PERIOD_SORTS, SORTS } from "@/lib/art/gallery-order";

describe("query plans", () => {
  it("serves every order, period and artist page from its index alone, without a temporary sort", async () => {
    const since = new Date(Date.now() - 7 * 86_400_000);
    for (const sort of SORTS) {
      for (const authorId of [undefined, "an-artist"]) {
        for (const period of PERIOD_SORTS.includes(sort) ? [undefined, since] : [undefined]) {
          // Leaving hidden artwork out is checked inside the index: no table lookups.
          const statement = pageQuerySql({ sort, authorId, since: period, offset: 594, limit: 6 });
          const rows = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${statement}`);
          const plan = rows.map((row) => row.detail).join(" | ");
          const name = `${sort}${authorId ? " by artist" : ""}${period ? " this week" : ""}`;
          expect(plan, name).toMatch(/USING COVERING INDEX Artwork_/);
          expect(plan, name).not.toMatch(/TEMP B-TREE/);
        }
      }
    }
  });

  it("counts a few pages ahead along the newest-first index, for a period too, without a temporary sort", async () => {
    const since = new Date(Date.now() - 7 * 86_400_000);
    for (const authorId of [undefined, "an-artist"]) {
      for (const period of [undefined, since]) {
        const statement = galleryCountQuerySql({ sort: "top", authorId, since: period, viewerId: "a-member" }, 67);
        const rows = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${statement}`);
        const plan = rows.map((row) => row.detail).join(" | ");
        const name = `${authorId ? "by artist" : "gallery"}${period ? " this week" : ""}`;
        expect(plan, name).toMatch(
          authorId ? /INDEX Artwork_authorId_createdAt_id_hiddenAt_idx/ : /INDEX Artwork_createdAt_id_hiddenAt_idx/,
        );
        expect(plan, name).not.toMatch(/TEMP B-TREE|SCAN Artwork\b(?! USING)/);
      }
    }
  });
});
