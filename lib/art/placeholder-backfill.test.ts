import { describe, expect, it, vi } from "vitest";
import { backfillPlaceholders, PLACEHOLDERS_PER_BATCH, startPlaceholderBackfill } from "@/lib/art/placeholder-backfill";
import { db } from "@/lib/db";
import { placeholderDataUrl } from "@/lib/images/placeholder-png";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

// Its own database: the walk reads every artwork without a placeholder, and other files add such rows in parallel.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));

const THUMBHASH = "1QcSHQRnh493V4dIh4eXh1h4kJUI";

describe("drawing the placeholders of artwork from before they were made at upload", () => {
  it("draws each missing one from its ThumbHash, a batch at a time, each batch enqueueing the next", async () => {
    const artist = await createTestUser("backfill");
    const made = await db.artwork.createManyAndReturn({
      data: Array.from({ length: PLACEHOLDERS_PER_BATCH + 2 }, (_, index) => ({
        authorId: artist.id,
        title: `Old ${index}`,
        width: 10,
        height: 10,
        placeholder: THUMBHASH,
        dominantColor: "#336699",
        mediaKey: `backfill-${index}`,
      })),
      select: { id: true },
    });
    const drawnAlready = await createArtworkRow(artist.id, { title: "New", placeholderUrl: "data:image/png;base64,kept" });
    const lastId = made
      .map((row) => row.id)
      .sort()
      .at(PLACEHOLDERS_PER_BATCH - 1)!;

    await backfillPlaceholders({});
    expect(await db.artwork.count({ where: { placeholderUrl: "" } })).toBe(2);
    const next = await db.job.findMany({ where: { kind: "art.placeholder-backfill", status: "PENDING" }, select: { payload: true } });
    expect(next.map((job) => JSON.parse(job.payload))).toContainEqual({ after: lastId });

    await backfillPlaceholders({ after: lastId });
    expect(await db.artwork.count({ where: { placeholderUrl: "" } })).toBe(0);
    expect((await db.artwork.findFirstOrThrow({ where: { id: made[0].id } })).placeholderUrl).toBe(placeholderDataUrl(THUMBHASH));
    expect((await db.artwork.findUniqueOrThrow({ where: { id: drawnAlready.id } })).placeholderUrl).toBe("data:image/png;base64,kept");
    // The second batch was short: nothing more to do, so no third job.
    expect(await db.job.count({ where: { kind: "art.placeholder-backfill", status: "PENDING", payload: { contains: made[0].id } } })).toBe(
      0,
    );
  });

  it("is enqueued at start only when some artwork has no placeholder and no batch waits", async () => {
    const waiting = () => db.job.count({ where: { kind: "art.placeholder-backfill", status: "PENDING" } });
    await db.job.deleteMany({ where: { kind: "art.placeholder-backfill" } });
    await db.artwork.updateMany({ where: { placeholderUrl: "" }, data: { placeholderUrl: "data:image/png;base64,drawn" } });
    await startPlaceholderBackfill();
    expect(await waiting()).toBe(0);

    const artist = await createTestUser("undrawn");
    await createArtworkRow(artist.id, { title: "Undrawn", placeholderUrl: "" });
    await startPlaceholderBackfill();
    await startPlaceholderBackfill();
    expect(await waiting()).toBe(1);
  });
});
