import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { S3Settings } from "@/lib/storage/s3-media-storage";
import { freePort, startService } from "@/lib/testing/services/service-process";

const BINARY = path.join(import.meta.dirname, "../../../e2e/services/node_modules/.bin/s3rver");

/** s3rver's built-in account: it accepts requests signed with these. */
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export type RunningS3 = { settings: S3Settings; stop(): Promise<void> };

/**
 * An S3-compatible server on a loopback port with one empty bucket, its
 * objects in a temporary folder removed on stop.
 */
export async function startS3rver(bucket = "media"): Promise<RunningS3> {
  if (!existsSync(BINARY)) {
    throw new Error(`s3rver is not installed (${BINARY} is missing): run npm ci --prefix e2e/services`);
  }
  const directory = await mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  const port = await freePort();
  const service = await startService({
    name: "s3rver",
    command: BINARY,
    args: ["-d", directory, "-a", "127.0.0.1", "-p", String(port), "--silent", "--configure-bucket", bucket],
    port,
  });
  return {
    settings: { endpoint: `http://127.0.0.1:${port}`, bucket, region: "us-east-1", forcePathStyle: true, ...CREDENTIALS },
    async stop() {
      await service.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * For vi.mock("@/lib/env", (importOriginal) => withMediaIn(s3, importOriginal)):
 * the test environment with STORAGE_DRIVER=s3 pointing at this server, so
 * lib/storage picks the S3 driver as it does in production.
 */
export async function withMediaIn(s3: RunningS3, importOriginal: () => Promise<typeof import("@/lib/env")>) {
  const { env } = await importOriginal();
  return { env: { ...env, storage: { driver: "s3" as const, ...s3.settings } } };
}
