import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { feedQuerySql, fewFollowees, type FeedQuery } from "@/lib/follows/feed";
import { fillFeedData } from "@/lib/testing/feed-data";

// A database of its own, filled and analysed, so the planner chooses as it would on a real site.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
/** The big tables; the viewer filter's (blocks, muted tags) are empty here, and a scan of an empty table is the right plan. */
const tableScans = (nodes: PlanNode[]) =>
  nodes.filter((node) => node["Node Type"] === "Seq Scan" && ["Artwork", "Follow", "User"].includes(node["Relation Name"] ?? ""));

async function planOf(query: FeedQuery): Promise<PlanNode[]> {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${feedQuerySql(query)}`);
  return nodesOf(row["QUERY PLAN"][0].Plan);
}

describe("the following feed's plans on PostgreSQL", () => {
  it(
    "walks a bounded stretch of the newest-first index, reads each artist's index for a few or for all followed work, never scanning Artwork or Follow",
    { timeout: 120_000 },
    async () => {
      const data = await fillFeedData({ members: 2_000, artworks: 20_000, followed: 100 });
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      const cursor = { createdAt: new Date(Date.now() - 86_400_000), id: "cfeedart0000000288" };
      for (const before of [undefined, cursor]) {
        expect(await fewFollowees(data.busyFan)).toBeUndefined();
        const walk = await planOf({ viewerId: data.busyFan, cursor: before, limit: 13, plan: "walk" });
        expect(tableScans(walk), "walk").toEqual([]);
        const artworkReads = walk.filter((node) => node["Relation Name"] === "Artwork");
        expect(
          artworkReads.map((node) => node["Index Name"]),
          "walk",
        ).toEqual([expect.stringMatching(/^Artwork_createdAt_id_hiddenAt_idx$/)]);

        // All followed work, for quiet artists (the case it serves; for the busy fan's twentieth of a small table the
        // planner may rightly read it whole): through the artists' own index (in order or as a bitmap), never the walk.
        const followed = await planOf({ viewerId: data.quietFan, cursor: before, limit: 13, plan: "followed" });
        expect(tableScans(followed), "all followed").toEqual([]);
        const followedReads = followed.filter((node) => node["Relation Name"] === "Artwork" || node["Index Name"]?.startsWith("Artwork_"));
        expect(followedReads.length, "all followed").toBeGreaterThan(0);
        expect(
          followedReads.filter((node) => node["Node Type"] !== "Bitmap Heap Scan" && !node["Index Name"]?.startsWith("Artwork_authorId_")),
          "all followed",
        ).toEqual([]);

        const artists = await fewFollowees(data.quietFan);
        expect(artists).toHaveLength(5);
        const few = await planOf({ viewerId: data.quietFan, cursor: before, limit: 13, plan: { artists: artists! } });
        expect(tableScans(few), "one by one").toEqual([]);
        // Each artist through an index of their own artwork: in order, or (for a few rows, as the statistics may say) as a
        // bitmap sorted after; never the newest-first walk of everyone's.
        const byArtist = few.filter((node) => node["Index Name"]?.startsWith("Artwork_authorId_"));
        expect(byArtist, "one by one").toHaveLength(5);
        const otherReads = few.filter(
          (node) =>
            node["Relation Name"] === "Artwork" &&
            node["Node Type"] !== "Bitmap Heap Scan" &&
            !node["Index Name"]?.startsWith("Artwork_authorId_"),
        );
        expect(otherReads, "one by one").toEqual([]);
      }
    },
  );
});
