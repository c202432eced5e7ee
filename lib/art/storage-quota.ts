import "server-only";
import { db } from "@/lib/db";
import { formatBytes } from "@/lib/format/bytes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STORAGE_QUOTA_BYTES } from "@/lib/rate-limit/limits";

type Reader = Pick<Prisma.TransactionClient, "artworkVariant">;

/**
 * What a member's artwork takes on disk: every stored file of it, display
 * sizes and formats included (the stored sizes, not the uploads'). Read
 * through the Artwork authorId index and the variants' artworkId index.
 */
export async function storageUsedBy(authorId: string, reader: Reader = db): Promise<number> {
  const { _sum } = await reader.artworkVariant.aggregate({ where: { artwork: { authorId } }, _sum: { bytes: true } });
  return _sum.bytes ?? 0;
}

/** Bytes the member may still store; zero or less when the quota is full. */
export function quotaLeft(usedBytes: number): number {
  return STORAGE_QUOTA_BYTES - usedBytes;
}

export function storageUseText(usedBytes: number): string {
  return `Your artwork takes ${formatBytes(usedBytes)} of your ${formatBytes(STORAGE_QUOTA_BYTES)} of storage.`;
}

export function quotaFullMessage(usedBytes: number): string {
  return `${storageUseText(usedBytes)} Delete some of it in Settings → My artwork to upload more.`;
}
