import "server-only";
import { laterVariantsJob } from "@/lib/art/jobs";
import { lockArtworkFolder } from "@/lib/art/media-move";
import { removeFiles, storeVariants, type MediaFolder } from "@/lib/art/publish";
import { db } from "@/lib/db";
import { encodeLaterVariants, type EncodedVariant } from "@/lib/images/pipeline";
import { handleJob } from "@/lib/jobs/kinds";
import { storage } from "@/lib/storage";

/** Hide and unhide move every file to a new folder (lib/art/media-move.ts): a late file must follow. */
const ATTACH_ATTEMPTS = 3;

const LATER_FORMAT = "avif";

async function folderOf(client: Pick<typeof db, "artwork">, artworkId: string): Promise<MediaFolder | null> {
  const artwork = await client.artwork.findUnique({ where: { id: artworkId }, select: { mediaKey: true, hiddenAt: true } });
  return artwork && { mediaKey: artwork.mediaKey, hidden: artwork.hiddenAt !== null };
}

/** An earlier run (whose worker lost its lease) may have attached them already. */
async function hasLaterVariants(client: Pick<typeof db, "artworkVariant">, artworkId: string): Promise<boolean> {
  return (await client.artworkVariant.count({ where: { artworkId, format: LATER_FORMAT, kind: { not: "FULL" } } })) > 0;
}

/**
 * Stores the files in the artwork's current folder and attaches them in a
 * transaction that first locks the row if the folder is still the current
 * one (lockArtworkFolder). If the artwork was hidden, unhidden or deleted
 * in between, the files go again: "moved" asks for another try in the new
 * folder. Files another run already attached have the same keys, so they
 * stay.
 */
async function attachInCurrentFolder(artworkId: string, encoded: EncodedVariant[]): Promise<"attached" | "moved" | "gone"> {
  const folder = await folderOf(db, artworkId);
  if (!folder) return "gone";
  const variants = await storeVariants(folder, encoded);
  const keys = variants.map((variant) => variant.key);
  const outcome = await db
    .$transaction(async (tx) => {
      if (!(await lockArtworkFolder(tx, artworkId, folder.mediaKey, folder.hidden))) {
        return (await folderOf(tx, artworkId)) ? ("moved" as const) : ("gone" as const);
      }
      if (await hasLaterVariants(tx, artworkId)) return "already attached" as const;
      await tx.artworkVariant.createMany({ data: variants.map((variant) => ({ ...variant, artworkId })) });
      return "attached" as const;
    })
    .catch(async (error: unknown) => {
      await removeFiles(keys);
      throw error;
    });
  if (outcome === "already attached") return "attached";
  if (outcome !== "attached") await removeFiles(keys);
  return outcome;
}

/** The stored FULL image, in memory, with its size; null when the artwork is gone or its files are being moved. */
async function readFullImage(artworkId: string): Promise<{ data: Buffer; width: number; height: number } | null> {
  const full = await db.artworkVariant.findFirst({ where: { artworkId, kind: "FULL" }, select: { key: true, width: true, height: true } });
  const file = full && (await storage.read(full.key));
  if (!full || !file) return null;
  return { data: Buffer.from(await new Response(file.stream).arrayBuffer()), width: full.width, height: full.height };
}

/**
 * The job's work: encodes the AVIF variants from the stored FULL image and
 * attaches them in the artwork's current folder. Safe to run twice; an
 * artwork deleted meanwhile is done with, and any failure (its files are
 * removed) is thrown for the job to be tried again.
 */
export async function attachLaterVariants({ artworkId }: { artworkId: string }): Promise<void> {
  if (await hasLaterVariants(db, artworkId)) return;
  const full = await readFullImage(artworkId);
  // Gone, or moved by a hide or unhide between reading its key and its bytes: the next try finds it.
  if (!full) {
    if ((await folderOf(db, artworkId)) === null) return;
    throw new Error(`the FULL image of artwork ${artworkId} was not where its row said`);
  }
  const encoded = await encodeLaterVariants(full.data, full);
  for (let attempt = 1; attempt <= ATTACH_ATTEMPTS; attempt += 1) {
    if ((await attachInCurrentFolder(artworkId, encoded)) !== "moved") return;
  }
  throw new Error(`the files of artwork ${artworkId} moved ${ATTACH_ATTEMPTS} times while its later variants were stored`);
}

export const laterVariantsHandler = handleJob(laterVariantsJob, attachLaterVariants);
