import { describe, expect, it } from "vitest";
import { PERIOD_SORTS, SORTS } from "@/lib/art/gallery-order";
import { pageQuerySql } from "@/lib/art/gallery-page";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { tagCountQuerySql, tagPageQuerySql } from "@/lib/tags/tag-page";

const planOf = async (statement: Prisma.Sql) =>
  (await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${statement}`)).map((row) => row.detail).join(" | ");

describe("tag page query plans", () => {
  it("walks the tag's index for every order and period, for a visitor and a member, without a temporary sort", async () => {
    const since = new Date(Date.now() - 7 * 86_400_000);
    for (const sort of SORTS) {
      for (const viewerId of [undefined, "a-member"]) {
        for (const period of PERIOD_SORTS.includes(sort) ? [undefined, since] : [undefined]) {
          const plan = await planOf(tagPageQuerySql({ tagId: 1, sort, since: period, viewerId, offset: 594, limit: 6 }));
          const name = `${sort}${viewerId ? " for a member" : ""}${period ? " this week" : ""}`;
          // The walk reads the index alone; a member's rules are probes by key (MutedTag) or lists read once by key (Block, Artwork).
          expect(plan, name).toMatch(/SEARCH ArtworkTag USING COVERING INDEX ArtworkTag_tagId_/);
          expect(plan, name).not.toMatch(/TEMP B-TREE/);
          expect(plan, name).not.toMatch(/SCAN (ArtworkTag|Artwork|MutedTag|Block)\b(?! USING)/);
        }
      }
    }
  });

  it("counts a page's few pages ahead along the tag's newest-first index, for a visitor and a member", async () => {
    for (const viewerId of [undefined, "a-member"]) {
      for (const since of [undefined, new Date(Date.now() - 7 * 86_400_000)]) {
        const plan = await planOf(tagCountQuerySql({ tagId: 1, sort: "top", since, viewerId }, 67));
        const name = `${viewerId ? "a member" : "a visitor"}${since ? " this week" : ""}`;
        expect(plan, name).toMatch(/SEARCH ArtworkTag USING COVERING INDEX ArtworkTag_tagId_createdAt_/);
        expect(plan, name).not.toMatch(/TEMP B-TREE/);
        expect(plan, name).not.toMatch(/SCAN (ArtworkTag|Artwork|MutedTag|Block)\b(?! USING)/);
      }
    }
  });

  it("keeps the gallery's walk when a member's muted tags and blocks are left out", async () => {
    for (const sort of SORTS) {
      for (const authorId of [undefined, "an-artist"]) {
        const plan = await planOf(pageQuerySql({ sort, authorId, viewerId: "a-member", offset: 594, limit: 6 }));
        const name = `${sort}${authorId ? " by artist" : ""}`;
        expect(plan, name).toMatch(/USING (COVERING )?INDEX Artwork_/);
        expect(plan, name).not.toMatch(/TEMP B-TREE/);
        expect(plan, name).not.toMatch(/SCAN (ArtworkTag|MutedTag|Block)\b(?! USING)/);
      }
    }
  });
});
