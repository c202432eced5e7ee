import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import type { MediaStorage } from "@/lib/storage/media-storage";
import { S3MediaStorage } from "@/lib/storage/s3-media-storage";

export type { MediaStorage, StoredFile } from "@/lib/storage/media-storage";

/** STORAGE_DRIVER picks it once, at start-up. */
export const storage: MediaStorage = env.storage.driver === "s3" ? new S3MediaStorage(env.storage) : new LocalDiskStorage(env.mediaRoot);
