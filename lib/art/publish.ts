import "server-only";
import { variantKey, newMediaKey } from "@/lib/art/media-keys";
import { db } from "@/lib/db";
import type { EncodedVariant, PreparedImage } from "@/lib/images/pipeline";
import { hotScore } from "@/lib/ratings/score";
import { storage } from "@/lib/storage";
import type { ArtworkFields } from "@/lib/validation/artwork";

type StoredVariant = { kind: EncodedVariant["kind"]; format: string; width: number; height: number; bytes: number; key: string };

async function storeVariants(mediaKey: string, variants: EncodedVariant[]): Promise<StoredVariant[]> {
  const stored = variants.map(({ kind, format, width, height, data }) => {
    return { kind, format, width, height, bytes: data.length, key: variantKey(mediaKey, { kind, format, width, height }) };
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

export async function removeFiles(keys: string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  for (const result of results) {
    if (result.status === "rejected") console.error("[media] could not delete a file", result.reason);
  }
}

/**
 * Stores the image's files, then creates the artwork row with them: the row
 * exists only once every file does, and a failed insert removes the files.
 */
export async function publishArtwork(authorId: string, fields: ArtworkFields, image: PreparedImage) {
  const mediaKey = newMediaKey();
  const variants = await storeVariants(mediaKey, image.immediate);
  const createdAt = new Date();
  try {
    return await db.artwork.create({
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
        dominantColor: image.dominantColor,
        mediaKey,
        variants: { create: variants },
      },
      select: { id: true, mediaKey: true },
    });
  } catch (error) {
    await removeFiles(variants.map((variant) => variant.key));
    throw error;
  }
}

/**
 * Runs after the response: encodes the slower formats and attaches them. If
 * the artwork was deleted meanwhile, or anything fails, its files are removed.
 */
export async function attachDeferredVariants(artwork: { id: string; mediaKey: string }, image: PreparedImage): Promise<void> {
  let variants: StoredVariant[] = [];
  try {
    variants = await storeVariants(artwork.mediaKey, await image.deferred());
    await db.artworkVariant.createMany({ data: variants.map((variant) => ({ ...variant, artworkId: artwork.id })) });
  } catch (error) {
    await removeFiles(variants.map((variant) => variant.key));
    const stillThere = await db.artwork.count({ where: { id: artwork.id } });
    if (stillThere) console.error("[media] could not add the deferred variants of", artwork.id, error);
  }
}
