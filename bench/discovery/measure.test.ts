import { expect, it } from "vitest";
import { flagsOf, kindOf } from "./measure";

const line = (id: number, detail: string, parent = 0) => ({ id, parent, detail });

// The report must flag what would slow a list as the tables grow, and nothing that stays cheap.
it("flags a sort or grouping in a temporary B-tree and a table read whole, not an index walk or the full-text index", () => {
  const flagged = flagsOf([
    line(1, "SCAN ArtworkTag"),
    line(2, "USE TEMP B-TREE FOR ORDER BY"),
    line(3, "USE TEMP B-TREE FOR GROUP BY"),
    line(4, "Seq Scan on Follow (200,000 rows)"),
    line(5, "SCAN viewerBlock"),
    line(6, "USE TEMP B-TREE FOR LAST 3 TERMS OF ORDER BY"),
  ]);
  expect(flagged).toEqual([
    "full scan of ArtworkTag without an index",
    "USE TEMP B-TREE FOR ORDER BY",
    "full scan of Follow without an index",
    "full scan of viewerBlock without an index",
    "USE TEMP B-TREE FOR GROUP BY",
    "USE TEMP B-TREE FOR LAST 3 TERMS OF ORDER BY",
  ]);
  const fine = flagsOf([
    line(1, "SCAN ArtworkTag USING COVERING INDEX ArtworkTag_tagId_createdAt_artworkId_hiddenAt_idx"),
    line(2, "SCAN hit VIRTUAL TABLE INDEX 0:M5"),
    line(3, "SEARCH viewerMute USING PRIMARY KEY (userId=? AND tagId=?)"),
    line(4, "Index Only Scan using Follow_pkey on Follow [Index Cond: ((followerId = $1))]"),
    line(5, "CO-ROUTINE hit"),
    line(6, "SCAN hit"),
  ]);
  expect(fine).toEqual([]);
});

// Each statement of a page is timed under its kind: the list's own SQL, its count, the cards, anything else Prisma reads.
it("tells the lists' own statements from the cards' and from other reads, on either database", () => {
  expect(kindOf('SELECT "ArtworkTag"."artworkId" AS "id" FROM "ArtworkTag" WHERE "ArtworkTag"."tagId" = ? LIMIT ? OFFSET ?')).toBe("ids");
  expect(kindOf('SELECT COUNT(*) AS "count" FROM "ArtworkTag" WHERE "ArtworkTag"."tagId" = $1')).toBe("count");
  expect(
    kindOf(
      'SELECT a."id", a."title" FROM "Artwork" a JOIN "User" u ON u."id" = a."authorId" JOIN "ArtworkVariant" v ON v."artworkId" = a."id" AND v."kind" = \'THUMB\' WHERE a."id" IN ($1,$2)',
    ),
  ).toBe("cards");
  expect(
    kindOf('SELECT "public"."Follow"."followeeId" FROM "public"."Follow" WHERE "public"."Follow"."followerId" = $1 LIMIT $2 OFFSET $3'),
  ).toBe("other");
});
