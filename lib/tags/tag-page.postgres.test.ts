import { beforeAll, describe, expect, it, vi } from "vitest";
import { PERIOD_SORTS, SORTS } from "@/lib/art/gallery-order";
import { pageQuerySql } from "@/lib/art/gallery-page";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { tagCountQuerySql, tagPageQuerySql } from "@/lib/tags/tag-page";

// A database of its own: the tables must hold enough rows, with fresh
// statistics, for the planner to choose as it would on a real site.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

const ARTISTS = 200;
const ARTWORKS = 20_000;
const TAGS = 60;
const VIEWER = "artist-1";

/** Artwork spread over a year, two tags each (tag 1 on a fifth of everything), a viewer with mutes and blocks. */
async function fillTaggedGallery() {
  await db.$executeRawUnsafe(`
    INSERT INTO "User" ("id", "username", "usernameKey", "passwordHash", "updatedAt")
    SELECT 'artist-' || n, 'artist' || n, 'artist' || n, '-', now() FROM generate_series(1, ${ARTISTS}) AS n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Artwork" ("id", "authorId", "title", "width", "height", "placeholder", "dominantColor", "mediaKey",
      "ratingCount", "ratingSum", "topScore", "hotScore", "favouriteCount", "hiddenAt", "createdAt", "updatedAt")
    SELECT 'art-' || n, 'artist-' || (n % ${ARTISTS} + 1), 'Artwork ' || n, 800, 600, '-', '#000000', 'media-' || n,
      n % 97, (n % 97) * 3, (n % 500) / 100.0, n / 45000.0, n % 61, CASE WHEN n % 50 = 0 THEN now() END,
      now() - (n || ' minutes')::interval * 26, now()
    FROM generate_series(1, ${ARTWORKS}) AS n`);
  await db.$executeRawUnsafe(`INSERT INTO "Tag" ("name") SELECT 'tag-' || n FROM generate_series(1, ${TAGS}) AS n`);
  // Usage counts are not what these plans read: the counting triggers stand aside, as when copying a site.
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL app.copying_rows = 'on'`);
      await tx.$executeRawUnsafe(`
      INSERT INTO "ArtworkTag" ("artworkId", "tagId", "position", "createdAt", "topScore", "ratingCount", "hotScore", "favouriteCount", "hiddenAt")
      SELECT a."id", t."id", 0, a."createdAt", a."topScore", a."ratingCount", a."hotScore", a."favouriteCount", a."hiddenAt"
      FROM "Artwork" a JOIN "Tag" t ON t."name" = 'tag-' || (CASE WHEN substr(a."id", 5)::int % 5 = 0 THEN 1 ELSE substr(a."id", 5)::int % 50 + 1 END)
      UNION ALL
      SELECT a."id", t."id", 1, a."createdAt", a."topScore", a."ratingCount", a."hotScore", a."favouriteCount", a."hiddenAt"
      FROM "Artwork" a JOIN "Tag" t ON t."name" = 'tag-' || (substr(a."id", 5)::int % 7 + 51)`);
    },
    { timeout: 60_000 },
  );
  await db.$executeRawUnsafe(`
    INSERT INTO "MutedTag" ("userId", "tagId") SELECT '${VIEWER}', "id" FROM "Tag" WHERE "name" IN ('tag-3', 'tag-52')`);
  await db.$executeRawUnsafe(`INSERT INTO "Block" ("blockerId", "blockedId") VALUES ('${VIEWER}', 'artist-7'), ('artist-9', '${VIEWER}')`);
  // Everyone else's mutes and blocks too, as on a real site: the viewer's are found by key among them.
  await db.$executeRawUnsafe(`
    INSERT INTO "MutedTag" ("userId", "tagId") SELECT 'artist-' || u, t."id" FROM generate_series(2, ${ARTISTS}) AS u
    JOIN "Tag" t ON t."name" IN ('tag-' || (u % 50 + 1), 'tag-' || ((u + 17) % 50 + 1))`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Block" ("blockerId", "blockedId") SELECT 'artist-' || u, 'artist-' || ((u + k) % ${ARTISTS} + 1)
    FROM generate_series(10, ${ARTISTS}) AS u, generate_series(1, 5) AS k WHERE (u + k) % ${ARTISTS} + 1 NOT IN (1, u)`);
  for (const table of ["User", "Artwork", "Tag", "ArtworkTag", "MutedTag", "Block"])
    await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
}

const ORDER_COLUMNS = { new: "createdAt", top: "topScore", most: "ratingCount", hot: "hotScore", faves: "favouriteCount" };

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

async function planNodes(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`);
  return nodesOf(row["QUERY PLAN"][0].Plan);
}

describe("tag page query plans on PostgreSQL", () => {
  beforeAll(fillTaggedGallery, 60_000);

  it("walks the tag's index in each order, for a visitor and a member, without a sort or a full scan", async () => {
    const tagId = (await db.tag.findUniqueOrThrow({ where: { name: "tag-1" } })).id;
    const since = new Date(Date.now() - 7 * 86_400_000);
    for (const sort of SORTS) {
      for (const viewerId of [undefined, VIEWER]) {
        for (const period of PERIOD_SORTS.includes(sort) ? [undefined, since] : [undefined]) {
          const nodes = await planNodes(tagPageQuerySql({ tagId, sort, since: period, viewerId, offset: 594, limit: 6 }));
          const name = `${sort}${viewerId ? " for a member" : ""}${period ? " this week" : ""}`;
          // The viewer's few mutes and blocks may be read whole (PostgreSQL's choice for a small table, by its statistics);
          // the artwork and its tags never are.
          const scanned = nodes.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);
          expect(
            scanned.filter((relation) => relation === "Artwork" || relation === "ArtworkTag"),
            name,
          ).toEqual([]);
          const walk = nodes.filter(
            (node) => node["Relation Name"] === "ArtworkTag" && node["Index Name"]?.startsWith("ArtworkTag_tagId_"),
          );
          if (period) {
            // The order's index checking createdAt inside it, or the week's rows through the createdAt index and a sort of those
            // alone; for a member the planner may also reach the muted tags' rows through a tag index (a probe, never a full scan).
            expect(
              walk.map((node) => node["Index Name"]),
              name,
            ).toContainEqual(expect.stringMatching(new RegExp(`_(${ORDER_COLUMNS[sort]}|createdAt)_`)));
            continue;
          }
          expect(
            walk.map((node) => node["Index Name"]),
            name,
          ).toEqual([expect.stringMatching(new RegExp(`^ArtworkTag_tagId_${ORDER_COLUMNS[sort]}_`))]);
          expect(
            nodes.map((node) => node["Node Type"]),
            name,
          ).not.toContain("Sort");
        }
      }
    }
  });

  it("counts a page's few pages ahead along the tag's newest-first index, for a visitor and a member", async () => {
    const tagId = (await db.tag.findUniqueOrThrow({ where: { name: "tag-1" } })).id;
    for (const viewerId of [undefined, VIEWER]) {
      for (const since of [undefined, new Date(Date.now() - 7 * 86_400_000)]) {
        const nodes = await planNodes(tagCountQuerySql({ tagId, sort: "top", since, viewerId }, 67));
        const name = `${viewerId ? "a member" : "a visitor"}${since ? " this week" : ""}`;
        const scanned = nodes.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);
        expect(scanned, name).not.toContain("ArtworkTag");
        expect(scanned, name).not.toContain("Artwork");
        expect(
          nodes.filter((node) => node["Relation Name"] === "ArtworkTag").map((node) => node["Index Name"]),
          name,
        ).toContainEqual(expect.stringMatching(/^ArtworkTag_tagId_createdAt_/));
        expect(
          nodes.map((node) => node["Node Type"]),
          name,
        ).not.toContain("Sort");
      }
    }
  });

  it("keeps the gallery's walk for a member with muted tags and blocks", async () => {
    for (const sort of SORTS) {
      const nodes = await planNodes(pageQuerySql({ sort, viewerId: VIEWER, offset: 594, limit: 6 }));
      const types = nodes.map((node) => node["Node Type"]);
      expect(types, sort).not.toContain("Seq Scan");
      expect(types, sort).not.toContain("Sort");
      const walk = nodes.filter(
        (node) => node["Relation Name"] === "Artwork" && node["Index Name"]?.startsWith(`Artwork_${ORDER_COLUMNS[sort]}_`),
      );
      expect(walk, sort).toHaveLength(1);
    }
  });
});
