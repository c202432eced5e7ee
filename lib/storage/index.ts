import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import type { MediaStorage } from "@/lib/storage/media-storage";

export type { MediaStorage, StoredFile } from "@/lib/storage/media-storage";

export const storage: MediaStorage = new LocalDiskStorage(env.mediaRoot);
