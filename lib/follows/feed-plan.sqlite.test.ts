import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { feedQuerySql, fewFollowees, type FeedQuery } from "@/lib/follows/feed";
import { fillFeedData } from "@/lib/testing/feed-data";

vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

const planOf = async (query: FeedQuery) =>
  (await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${feedQuerySql(query)}`)).map((row) => row.detail);

describe("the following feed's plans on SQLite", () => {
  it(
    "walks a bounded stretch of the newest-first index, reads each artist's index for a few or for all followed work, never scanning a table",
    { timeout: 60_000 },
    async () => {
      const data = await fillFeedData({ members: 1_000, artworks: 10_000, followed: 100 });
      await db.$executeRawUnsafe("ANALYZE");
      const cursor = { createdAt: new Date(Date.now() - 86_400_000), id: "cfeedart0000000288" };
      const noTableScan = /SCAN Artwork\b(?! USING)|SCAN (Follow|Block|ArtworkTag|MutedTag)\b/;
      for (const before of [undefined, cursor]) {
        expect(await fewFollowees(data.busyFan)).toBeUndefined();
        const walk = await planOf({ viewerId: data.busyFan, cursor: before, limit: 13, plan: "walk" });
        expect(walk.join(" | "), "walk").toMatch(/(SCAN|SEARCH) Artwork USING (COVERING )?INDEX Artwork_createdAt_id_hiddenAt_idx/);
        expect(walk.join(" | "), "walk").not.toMatch(/TEMP B-TREE/);
        expect(walk.join(" | "), "walk").not.toMatch(noTableScan);

        const followed = await planOf({ viewerId: data.busyFan, cursor: before, limit: 13, plan: "followed" });
        expect(followed.join(" | "), "all followed").toMatch(
          /SEARCH Artwork USING (COVERING )?INDEX Artwork_authorId_createdAt_id_hiddenAt_idx \(authorId=\?/,
        );
        expect(followed.join(" | "), "all followed").not.toMatch(noTableScan);

        const few = await fewFollowees(data.quietFan);
        expect(few).toHaveLength(5);
        const merge = await planOf({ viewerId: data.quietFan, cursor: before, limit: 13, plan: { artists: few! } });
        // One read of each artist's index, stopping after the page: each arm sorts at most that page.
        const artistReads = merge.filter((detail) =>
          /^SEARCH Artwork USING (COVERING )?INDEX Artwork_authorId_createdAt_id_hiddenAt_idx \(authorId=\?/.test(detail),
        );
        expect(artistReads, "one by one").toHaveLength(5);
        expect(merge.join(" | "), "one by one").not.toMatch(noTableScan);
      }
    },
  );
});
