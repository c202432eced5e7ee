import "server-only";
import { env } from "@/lib/env";
import type { StorageSettings } from "@/lib/env-schema";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import type { MediaStorage } from "@/lib/storage/media-storage";
import { S3MediaStorage } from "@/lib/storage/s3-media-storage";

export type { MediaStorage, StoredFile } from "@/lib/storage/media-storage";

export function mediaStorageFor(settings: StorageSettings): MediaStorage {
  return settings.driver === "s3" ? new S3MediaStorage(settings) : new LocalDiskStorage(settings.root);
}

export const storage: MediaStorage = mediaStorageFor(env.storage);
