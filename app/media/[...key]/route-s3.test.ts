import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { S3MediaStorage } from "@/lib/storage/s3-media-storage";
import { artworkFileKeys, createTestArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { mediaRouteCases } from "./route-cases";

// The same browser-visible behaviour with the files in an S3 bucket (a
// real s3rver), chosen the way production chooses it: by the environment.
const s3 = await vi.hoisted(async () => (await import("@/lib/testing/services/s3rver")).startS3rver());
vi.mock("@/lib/env", async (importOriginal) => (await import("@/lib/testing/services/s3rver")).withMediaIn(s3, importOriginal));
// Rows whose files are in the bucket stay out of the shared database, whose checks look for files on disk.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));
const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());
afterAll(() => s3.stop());

it("keeps an upload's files in the bucket, none under MEDIA_ROOT", async () => {
  const artwork = await createTestArtwork((await createTestUser("bucketed")).id, "In the bucket");
  const keys = await artworkFileKeys(artwork.id);
  const bucket = new S3MediaStorage(s3.settings);
  for (const key of keys) {
    const file = await bucket.read(key);
    await file?.stream.cancel();
    expect([key, file !== null, existsSync(path.join(env.mediaRoot, key))]).toEqual([key, true, false]);
  }
});

mediaRouteCases(request);
