import { describe, expect, it, vi } from "vitest";
import { deleteArtwork } from "@/lib/art/manage";
import { newMediaKey } from "@/lib/art/media-keys";
import { laterVariantsJob } from "@/lib/art/jobs";
import { attachLaterVariants } from "@/lib/art/later-variants";
import { publishArtwork } from "@/lib/art/publish";
import { NOT_YOUR_ARTWORK } from "@/lib/art/refusals";
import { db } from "@/lib/db";
import { quotaFullMessage, storageUsedBy } from "@/lib/art/storage-quota";
import type { PreparedImage } from "@/lib/images/pipeline";
import { placeholderDataUrl } from "@/lib/images/placeholder-png";
import { appJobHandlers } from "@/lib/jobs/app-worker";
import { JobWorker } from "@/lib/jobs/worker";
import { STORAGE_QUOTA_BYTES } from "@/lib/rate-limit/limits";
import { done, refused } from "@/lib/result";
import { createArtworkRow, createTestArtwork, filesOnDisk, mediaMismatches, preparedTestImage } from "@/lib/testing/artworks";
import { storage } from "@/lib/storage";
import { createTestUser } from "@/lib/testing/factories";
import { deleteAccount } from "@/lib/users/delete-account";

async function publishedArtwork(authorId: string, title: string, image: PreparedImage) {
  const published = await publishArtwork(authorId, { title, description: "", tags: [] }, image);
  if (!published.ok) throw new Error(published.message);
  return published.value;
}

const formatsOf = async (artworkId: string) =>
  (await db.artworkVariant.findMany({ where: { artworkId }, orderBy: { id: "asc" } })).map((variant) => variant.format);

// Bans, deleted accounts and new passwords end live chat connections through the realtime server's API; a stand-in answers it.
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

// Every test that writes media lives in this file, so the orphan checks
// never see another file's upload half-way.
describe("publishing and deleting artwork", () => {
  it("stores every immediate variant and creates the row with them", async () => {
    const user = await createTestUser();
    const artwork = await createTestArtwork(user.id);
    const variants = await db.artworkVariant.findMany({ where: { artworkId: artwork.id } });
    expect(variants.map((variant) => variant.kind).sort()).toContain("FULL");
    expect(variants.every((variant) => variant.format !== "avif")).toBe(true);
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
    // The placeholder the pages paint is drawn here, once, not on every request.
    const row = await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } });
    expect(row.placeholderUrl).toBe(placeholderDataUrl(row.placeholder));
    expect(row.placeholderUrl).toMatch(/^data:image\/png;base64,/);
  });

  it("adds the AVIF variants after the response, through a durable job committed with the artwork", async () => {
    const user = await createTestUser();
    const artwork = await publishedArtwork(user.id, "Later formats", await preparedTestImage());
    const job = await db.job.findFirstOrThrow({
      where: { kind: laterVariantsJob.name, payload: JSON.stringify({ artworkId: artwork.id }) },
    });
    expect(await formatsOf(artwork.id)).not.toContain("avif");

    // Any instance's worker: this one takes only this test's job from the shared test database.
    await new JobWorker({ client: db, handlers: appJobHandlers(), concurrency: 1, pollIntervalMs: 60_000, scope: { id: job.id } }).runDue();

    expect(await formatsOf(artwork.id)).toContain("avif");
    expect(await db.job.count({ where: { id: job.id } })).toBe(0);
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
  });

  it("adds them once when two runs overlap (a worker whose lease ran out, and the one that took the job over)", async () => {
    const user = await createTestUser();
    const artwork = await publishedArtwork(user.id, "Twice", await preparedTestImage());
    await Promise.all([attachLaterVariants({ artworkId: artwork.id }), attachLaterVariants({ artworkId: artwork.id })]);
    const formats = await formatsOf(artwork.id);
    expect(formats.filter((format) => format === "avif")).toHaveLength(formats.filter((format) => format === "webp").length);
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
  });

  it("refuses an author without a confirmed address, storing nothing, and publishes once it is confirmed", async () => {
    const user = await createTestUser("unconfirmed", { email: "unverified" });
    const before = await filesOnDisk();
    expect(await publishArtwork(user.id, { title: "Too early", description: "", tags: [] }, await preparedTestImage())).toEqual(
      refused(`To upload artwork, confirm your email address first: open the link we mailed to ${user.email}.`),
    );
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.artwork.count({ where: { authorId: user.id } })).toBe(0);
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await publishedArtwork(user.id, "Confirmed", await preparedTestImage());
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
  });

  it("leaves no files and no row when the database refuses the artwork", async () => {
    const before = await filesOnDisk();
    const rows = await db.artwork.count();
    const user = await createTestUser();
    // A row the database cannot take (no placeholder), after the files are written: an unknown author is refused before that.
    const unstorable = { ...(await preparedTestImage()), placeholder: null as unknown as string };
    await expect(publishArtwork(user.id, { title: "Orphan?", description: "", tags: [] }, unstorable)).rejects.toThrow();
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.artwork.count()).toBe(rows);
  });

  it("refuses an artwork the member's storage has no room for, leaving no file and no row", async () => {
    const user = await createTestUser();
    // Rows whose stored sizes fill the quota but a few bytes.
    await createArtworkRow(user.id, { title: "Almost full" });
    await db.artworkVariant.updateMany({ where: { artwork: { authorId: user.id } }, data: { bytes: STORAGE_QUOTA_BYTES - 10 } });
    const before = await filesOnDisk();
    const result = await publishArtwork(user.id, { title: "One too many", description: "", tags: [] }, await preparedTestImage());
    expect(result).toEqual(refused(quotaFullMessage(STORAGE_QUOTA_BYTES - 10), "file"));
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.artwork.count({ where: { authorId: user.id } })).toBe(1);
    expect(await storageUsedBy(user.id)).toBe(STORAGE_QUOTA_BYTES - 10);
    // Another member's storage is their own.
    expect(
      (await publishArtwork((await createTestUser()).id, { title: "Fits", description: "", tags: [] }, await preparedTestImage())).ok,
    ).toBe(true);
  });

  it("removes the row, its variants, its comments and every file on delete", async () => {
    const user = await createTestUser();
    const artwork = await createTestArtwork(user.id);
    await db.comment.create({ data: { artworkId: artwork.id, authorId: user.id, body: "first!" } });
    expect(await deleteArtwork(artwork.id, user.id)).toEqual(done());
    expect(await db.artwork.count({ where: { id: artwork.id } })).toBe(0);
    expect(await db.comment.count({ where: { artworkId: artwork.id } })).toBe(0);
    expect((await filesOnDisk()).filter((file) => file.includes(artwork.mediaKey))).toEqual([]);
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
  });

  it("cleans up the late formats of an artwork deleted before they were ready", async () => {
    const user = await createTestUser();
    const image = await preparedTestImage();
    const artwork = await publishedArtwork(user.id, "Gone quickly", image);
    await deleteArtwork(artwork.id, user.id);
    await attachLaterVariants({ artworkId: artwork.id });
    expect((await filesOnDisk()).filter((file) => file.includes(artwork.mediaKey))).toEqual([]);
  });

  it("removes every file of a deleted account's artwork and avatar, and no one else's", async () => {
    const [leaver, other] = [await createTestUser(), await createTestUser()];
    const [first, second, othersWork] = [
      await createTestArtwork(leaver.id),
      await createTestArtwork(leaver.id),
      await createTestArtwork(other.id),
    ];
    // An uploaded avatar's crops live in avatars/<avatarKey>/.
    const avatarKey = newMediaKey();
    for (const name of ["64.avif", "64.webp", "256.avif", "256.webp"])
      await storage.put(`avatars/${avatarKey}/${name}`, Buffer.from("avatar"));
    await db.user.update({ where: { id: leaver.id }, data: { avatarKey } });

    expect((await deleteAccount(leaver.id)).ok).toBe(true);

    const left = await filesOnDisk();
    expect(left.filter((file) => [first.mediaKey, second.mediaKey, avatarKey].some((key) => file.includes(key)))).toEqual([]);
    expect(left.some((file) => file.includes(othersWork.mediaKey))).toBe(true);
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
  });

  it("refuses another member's delete and keeps every file", async () => {
    const [owner, intruder] = [await createTestUser(), await createTestUser()];
    const artwork = await createTestArtwork(owner.id);
    expect(await deleteArtwork(artwork.id, intruder.id)).toEqual(refused(NOT_YOUR_ARTWORK));
    expect(await db.artwork.count({ where: { id: artwork.id } })).toBe(1);
    expect(await mediaMismatches()).toEqual({ orphanFiles: [], missingFiles: [] });
  });
});

describe("a new artwork's scores", () => {
  it("starts neutral for top rated and at its creation time for hot", async () => {
    const user = await createTestUser();
    const artwork = await createTestArtwork(user.id);
    const row = await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } });
    expect(row.topScore).toBe(3);
    expect(row.hotScore).toBeCloseTo(row.createdAt.getTime() / 1000 / 45_000, 6);
  });
});
