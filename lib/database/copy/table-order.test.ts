import { describe, expect, it } from "vitest";
import { parentsFirst } from "@/lib/database/copy/table-order";

describe("the order tables are copied in", () => {
  it("puts every table after the ones it refers to, and names a cycle", () => {
    const order = parentsFirst(
      ["Rating", "Artwork", "User", "Log"],
      [
        { table: "Rating", references: "Artwork" },
        { table: "Rating", references: "User" },
        { table: "Artwork", references: "User" },
        { table: "User", references: "User" },
      ],
    );
    expect(order).toEqual(["User", "Log", "Artwork", "Rating"]);
    expect(() =>
      parentsFirst(
        ["A", "B"],
        [
          { table: "A", references: "B" },
          { table: "B", references: "A" },
        ],
      ),
    ).toThrow(/A, B form a cycle/);
  });
});
