import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { publishArtwork } from "@/lib/art/publish";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prepareImage, type PreparedImage } from "@/lib/images/pipeline";
import { placeholderDataUrl } from "@/lib/images/placeholder-png";
import { storage } from "@/lib/storage";

/** A real (small) picture through the real pipeline. */
export async function preparedTestImage(width = 320, height = 180): Promise<PreparedImage> {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer();
  const prepared = await prepareImage(png);
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.value;
}

export async function createTestArtwork(authorId: string, title = "Test artwork") {
  const published = await publishArtwork(authorId, { title, description: "", tags: [] }, await preparedTestImage());
  if (!published.ok) throw new Error(`the test artwork was refused: ${published.message}`);
  return published.value;
}

/** The storage folder of rows made without files; the media checks below leave them out. */
const ROWS_ONLY = "rows-only/";

type RowFields = Omit<Prisma.ArtworkUncheckedCreateInput, "authorId" | "width" | "height" | "placeholder" | "dominantColor" | "mediaKey">;

/** An artwork row alone, no files or variants: for tests of words, comments, ratings and reports. */
export async function bareArtwork(authorId: string, title = "Test artwork", hiddenAt: Date | null = null) {
  return db.artwork.create({
    data: {
      authorId,
      title,
      width: 100,
      height: 100,
      placeholder: "AAAA",
      dominantColor: "#000000",
      mediaKey: crypto.randomUUID().replaceAll("-", ""),
      hiddenAt,
    },
  });
}

/** A real ThumbHash, so the rows' cards have a placeholder drawn as uploads have. */
const ROW_THUMBHASH = "1QcSHQRnh493V4dIh4eXh1h4kJUI";

/**
 * An artwork row with a thumbnail variant and no files, for tests of
 * listing and ordering (which never read the files): fast, and many at once.
 */
export function createArtworkRow(authorId: string, fields: RowFields) {
  const mediaKey = crypto.randomUUID().replaceAll("-", "");
  const thumbnail = {
    kind: "THUMB",
    format: "webp",
    width: 480,
    height: 270,
    bytes: 1,
    key: `${ROWS_ONLY}${mediaKey}/thumb-480x270.webp`,
  } as const;
  return db.artwork.create({
    data: {
      authorId,
      width: 960,
      height: 540,
      placeholder: ROW_THUMBHASH,
      placeholderUrl: placeholderDataUrl(ROW_THUMBHASH),
      dominantColor: "#336699",
      mediaKey,
      ...fields,
      variants: { create: [thumbnail] },
    },
  });
}

/**
 * Every media file on disk under one top folder ("art", "avatars", and
 * "private" for hidden artwork), as storage keys: test files run in
 * parallel, and each watches its own folder. Local disk only (the tests'
 * default driver): finding files nobody names needs a listing, which the
 * storage interface does not offer; storedKeys checks named keys on any driver.
 */
export async function filesOnDisk(folder: "art" | "avatars" | "private" = "art"): Promise<string[]> {
  const root = env.mediaRoot;
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** Which of these keys have a file, asked through the storage itself (local disk or S3). */
export async function storedKeys(keys: string[]): Promise<string[]> {
  const found = await Promise.all(
    keys.map(async (key) => {
      const file = await storage.read(key);
      await file?.stream.cancel();
      return file ? [key] : [];
    }),
  );
  return found.flat();
}

/** The storage keys of an artwork's files, as its rows name them now (they change when it is hidden or unhidden). */
export async function artworkFileKeys(artworkId: string): Promise<string[]> {
  const variants = await db.artworkVariant.findMany({ where: { artworkId }, orderBy: { id: "asc" }, select: { key: true } });
  return variants.map((variant) => variant.key);
}

/** Files with no database row pointing at them, and rows whose file is missing. */
export async function mediaMismatches() {
  const files = new Set([...(await filesOnDisk()), ...(await filesOnDisk("private"))]);
  const keys = new Set(
    (await db.artworkVariant.findMany({ where: { key: { not: { startsWith: ROWS_ONLY } } }, select: { key: true } })).map(
      (variant) => variant.key,
    ),
  );
  return {
    orphanFiles: [...files].filter((file) => !keys.has(file)),
    missingFiles: [...keys].filter((key) => !files.has(key)),
  };
}
