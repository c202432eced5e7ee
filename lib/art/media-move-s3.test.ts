import { afterAll, vi } from "vitest";
import { mediaMoveCases } from "@/lib/art/media-move-cases";

// The same moves with the files in an S3 bucket (a real s3rver): copies are CopyObject there.
const s3 = await vi.hoisted(async () => (await import("@/lib/testing/services/s3rver")).startS3rver());
vi.mock("@/lib/env", async (importOriginal) => (await import("@/lib/testing/services/s3rver")).withMediaIn(s3, importOriginal));
// Rows whose files are in the bucket stay out of the shared database, whose checks look for files on disk.
vi.mock("@/lib/db", async () => ({ db: await (await import("@/lib/testing/private-database")).privateDatabaseWithoutArtwork() }));
afterAll(() => s3.stop());

mediaMoveCases();
