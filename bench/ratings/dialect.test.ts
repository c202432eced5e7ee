import { expect, it } from "vitest";
import { postgresPlanLines, type PostgresPlanNode } from "./dialect";
import { planFlags, planSummary } from "./gallery";

const scan = (table: string): PostgresPlanNode => ({ "Node Type": "Seq Scan", "Relation Name": table });

// PostgreSQL's plans are read into the rows SQLite's EXPLAIN QUERY PLAN gives, so the report flags both alike.
it("flags a PostgreSQL sort and a whole read of a large table, not of a small one", () => {
  const plan: PostgresPlanNode = {
    "Node Type": "Limit",
    Plans: [
      { "Node Type": "Sort", "Sort Key": ['"topScore" DESC'], Plans: [scan("Artwork")] },
      { "Node Type": "Index Only Scan", "Index Name": "Artwork_topScore_id_createdAt_hiddenAt_idx", "Relation Name": "Artwork" },
      scan("User"),
    ],
  };
  const lines = postgresPlanLines(
    plan,
    new Map([
      ["Artwork", 100_000],
      ["User", 2_000],
    ]),
  );

  expect(lines.map(({ id, parent }) => [id, parent])).toEqual([
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 1],
    [5, 1],
  ]);
  expect(planFlags(lines)).toEqual(["Sort", "full scan of Artwork without an index"]);
  expect(planSummary(lines)).toBe("topScore_id_createdAt_hiddenAt + sort");
});
