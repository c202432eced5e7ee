import "server-only";
import { laterVariantsJob } from "@/lib/art/jobs";
import { requireVerifiedEmail } from "@/lib/auth/email-gate";
import { lockRow } from "@/lib/database/row-lock";
import { variantKey, newMediaKey } from "@/lib/art/media-keys";
import { quotaFullMessage, quotaLeft, storageUsedBy } from "@/lib/art/storage-quota";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EncodedVariant, PreparedImage } from "@/lib/images/pipeline";
import { enqueueJob } from "@/lib/jobs/queue";
import { enqueueNewArtworkFanOut } from "@/lib/notifications/fan-out";
import { hotScore } from "@/lib/ratings/score";
import { done, refused, type Result } from "@/lib/result";
import { storage } from "@/lib/storage";
import { replaceArtworkTags } from "@/lib/tags/artwork-tags";
import type { ArtworkFields } from "@/lib/art/schemas";

export type StoredVariant = { kind: EncodedVariant["kind"]; format: string; width: number; height: number; bytes: number; key: string };

/** Where an artwork's files go: its random key, under the private prefix while hidden (lib/art/media-move.ts). */
export type MediaFolder = { mediaKey: string; hidden: boolean };

export async function storeVariants({ mediaKey, hidden }: MediaFolder, variants: EncodedVariant[]): Promise<StoredVariant[]> {
  const stored = variants.map(({ kind, format, width, height, data }) => {
    return { kind, format, width, height, bytes: data.length, key: variantKey(mediaKey, { kind, format, width, height }, hidden) };
  });
  await storeFiles(variants.map((variant, index) => ({ key: stored[index].key, data: variant.data })));
  return stored;
}

/** Writes every file, or none: on any failure the files already written are removed. */
export async function storeFiles(files: { key: string; data: Buffer }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.data);
      written.push(file.key);
    }
  } catch (error) {
    await removeFiles(written);
    throw error;
  }
}

/** Deletes the files, logging (with `consequence`, when it matters) any that could not go. */
export async function removeFiles(keys: string[], consequence = ""): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  for (const result of results) {
    if (result.status === "rejected") console.error(`[media] could not delete a file${consequence}`, result.reason);
  }
}

/** A published artwork, or a refusal (a full storage) for the form's file field. */
export type PublishResult = Result<{ id: string; mediaKey: string }>;

type NewArtwork = { authorId: string; fields: ArtworkFields; image: PreparedImage; mediaKey: string; variants: StoredVariant[] };

/** The row with its variants, if the member's storage has room for the files. */
async function insertWithinQuota(
  tx: Prisma.TransactionClient,
  { authorId, fields, image, mediaKey, variants }: NewArtwork,
): Promise<PublishResult> {
  // The member's row is locked until the insert commits: their other uploads wait, then count this one.
  await lockRow(tx, "User", authorId);
  const gate = await requireVerifiedEmail(authorId, "upload artwork", tx);
  if (!gate.ok) return gate;
  const usedBytes = await storageUsedBy(authorId, tx);
  const bytes = variants.reduce((sum, variant) => sum + variant.bytes, 0);
  if (bytes > quotaLeft(usedBytes)) return refused(quotaFullMessage(usedBytes), "file");
  const createdAt = new Date();
  const artwork = await tx.artwork.create({
    data: {
      authorId,
      createdAt,
      // Unrated, so "hot" is its creation time alone until the first rating.
      hotScore: hotScore({ count: 0, sum: 0 }, createdAt),
      title: fields.title,
      description: fields.description,
      width: image.width,
      height: image.height,
      placeholder: image.placeholder,
      placeholderUrl: image.placeholderUrl,
      dominantColor: image.dominantColor,
      mediaKey,
      variants: { create: variants },
    },
    select: { id: true, mediaKey: true },
  });
  await replaceArtworkTags(tx, artwork.id, fields.tags);
  await enqueueJob(tx, laterVariantsJob, { artworkId: artwork.id });
  await enqueueNewArtworkFanOut(tx, authorId, artwork.id);
  return done(artwork);
}

/**
 * Stores the image's files, then creates the artwork row with them and the
 * job for its later formats: the row exists only once every file does, and
 * a refused or failed insert removes the files. The storage quota is
 * checked in the insert's transaction with the files' real sizes, so
 * uploads at once cannot together slip past it.
 */
export async function publishArtwork(authorId: string, fields: ArtworkFields, image: PreparedImage): Promise<PublishResult> {
  // Checked again in the insert's transaction, against an address changed meanwhile; here it spares writing the files.
  const gate = await requireVerifiedEmail(authorId, "upload artwork");
  if (!gate.ok) return gate;
  const mediaKey = newMediaKey();
  const variants = await storeVariants({ mediaKey, hidden: false }, image.immediate);
  const removeStoredFiles = () => removeFiles(variants.map((variant) => variant.key));
  let published: PublishResult;
  try {
    published = await db.$transaction((tx) => insertWithinQuota(tx, { authorId, fields, image, mediaKey, variants }));
  } catch (error) {
    await removeStoredFiles();
    throw error;
  }
  if (!published.ok) await removeStoredFiles();
  return published;
}
