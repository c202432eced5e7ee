import { beforeAll, describe, expect, it, vi } from "vitest";
import { galleryCountQuerySql, pageQuerySql } from "@/lib/art/gallery-page";
import { PERIOD_SORTS, SORTS } from "@/lib/art/gallery-order";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// A database of its own: the table must hold enough rows, with fresh
// statistics, for the planner to choose as it would on a real site.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

const ARTISTS = 200;
const ARTWORKS = 20_000;
/** A quarter of all artwork: enough pages for the planner to walk the index rather than read them all and sort. */
const PROLIFIC = "artist-1";

async function fillGallery() {
  await db.$executeRawUnsafe(`
    INSERT INTO "User" ("id", "username", "usernameKey", "passwordHash", "updatedAt")
    SELECT 'artist-' || n, 'artist' || n, 'artist' || n, '-', now() FROM generate_series(1, ${ARTISTS}) AS n`);
  // A mix like a real gallery's: spread over a year, a few hidden, scores and counts of every size.
  await db.$executeRawUnsafe(`
    INSERT INTO "Artwork" ("id", "authorId", "title", "width", "height", "placeholder", "dominantColor", "mediaKey",
      "ratingCount", "ratingSum", "topScore", "hotScore", "favouriteCount", "hiddenAt", "createdAt", "updatedAt")
    SELECT 'art-' || n, CASE WHEN n % 4 = 0 THEN '${PROLIFIC}' ELSE 'artist-' || (n % ${ARTISTS} + 1) END, 'Artwork ' || n, 800, 600, '-', '#000000', 'media-' || n,
      n % 97, (n % 97) * 3, (n % 500) / 100.0, n / 45000.0, n % 61, CASE WHEN n % 50 = 0 THEN now() END,
      now() - (n || ' minutes')::interval * 26, now()
    FROM generate_series(1, ${ARTWORKS}) AS n`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Artwork"`);
}

const ORDER_COLUMNS = { new: "createdAt", top: "topScore", most: "ratingCount", hot: "hotScore", faves: "favouriteCount" };

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

async function planNodes(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`);
  return nodesOf(row["QUERY PLAN"][0].Plan);
}

describe("gallery query plans on PostgreSQL", () => {
  beforeAll(fillGallery, 60_000);

  it(
    "serves every order and artist page by walking its index without a sort, and a period from an index",
    { timeout: 60_000 },
    async () => {
      const since = new Date(Date.now() - 7 * 86_400_000);
      for (const sort of SORTS) {
        for (const authorId of [undefined, PROLIFIC]) {
          for (const period of PERIOD_SORTS.includes(sort) ? [undefined, since] : [undefined]) {
            const nodes = await planNodes(pageQuerySql({ sort, authorId, since: period, offset: 594, limit: 6 }));
            const name = `${sort}${authorId ? " by artist" : ""}${period ? " this week" : ""}`;
            const types = nodes.map((node) => node["Node Type"]);
            expect(types, name).not.toContain("Seq Scan");
            if (period) {
              // Either the order's index, checking createdAt inside it, or the week's rows through the
              // createdAt index and a sort of those alone: the planner weighs one against the other.
              const indexes = nodes.flatMap((node) => node["Index Name"] ?? []);
              expect(indexes, name).toEqual([expect.stringMatching(new RegExp(`_(${ORDER_COLUMNS[sort]}|createdAt)_`))]);
              continue;
            }
            // One walk down an index in the page's order, stopping after the page: no sort. For an artist
            // who made a quarter of everything, the planner may rightly walk the whole gallery's index instead.
            const scans = nodes.filter((node) => node["Index Name"]);
            expect(
              scans.map((node) => node["Node Type"]),
              name,
            ).toEqual([expect.stringMatching(/^Index (Only )?Scan$/)]);
            const index = new RegExp(`^Artwork_${authorId ? "(authorId_)?" : ""}${ORDER_COLUMNS[sort]}_`);
            expect(scans[0]["Index Name"], name).toMatch(index);
            expect(types, name).not.toContain("Sort");
          }
        }
      }
    },
  );

  it(
    "counts a few pages ahead along the newest-first index, for a period too, never reading the table whole",
    { timeout: 60_000 },
    async () => {
      const since = new Date(Date.now() - 7 * 86_400_000);
      for (const authorId of [undefined, PROLIFIC]) {
        for (const period of [undefined, since]) {
          const nodes = await planNodes(galleryCountQuerySql({ sort: "top", authorId, since: period }, 67));
          const name = `${authorId ? "by artist" : "gallery"}${period ? " this week" : ""}`;
          expect(
            nodes.map((node) => node["Node Type"]),
            name,
          ).not.toContain("Seq Scan");
          expect(
            nodes.flatMap((node) => node["Index Name"] ?? []),
            name,
          ).toEqual([expect.stringMatching(/^Artwork_(authorId_)?createdAt_id_hiddenAt_idx$/)]);
        }
      }
    },
  );
});
