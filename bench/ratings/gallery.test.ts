import { expect, it, vi } from "vitest";
import { createTestArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { call, kindOf, STATEMENT_KINDS } from "./gallery";
import { capture } from "./statements";

// Pages over every artwork there is: in the shared database other test files add artwork without
// its images yet, in parallel. Its own snapshot without artwork.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));
vi.mock("@/lib/env", async (original) =>
  (await import("@/lib/testing/private-media")).withOwnMediaFolder(await original(), "media-bench-gallery"),
);

// The benchmark splits each gallery call's time by statement: a statement it cannot place stops the whole run.
it("knows every statement listArtworks sends, for the gallery and for an artist's profile", async () => {
  const artist = await createTestUser("bench");
  await createTestArtwork(artist.id, "Benchmark study");

  for (const scope of ["gallery", "profile"] as const) {
    const { result, statements } = await capture(() =>
      call({ scope, sort: "top", period: "week", page: 1, authorId: scope === "profile" ? artist.id : undefined }, new Date()),
    );
    expect(result.items.length).toBeGreaterThan(0);
    expect(new Set(statements.map((statement) => kindOf(statement.sql)))).toEqual(new Set(STATEMENT_KINDS));
  }
});
