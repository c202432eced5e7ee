import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { publishArtwork } from "@/lib/art/publish";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { prepareImage, type PreparedImage } from "@/lib/images/pipeline";

/** A real (small) picture through the real pipeline. */
export async function preparedTestImage(width = 320, height = 180): Promise<PreparedImage> {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer();
  const prepared = await prepareImage(png);
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.image;
}

export async function createTestArtwork(authorId: string, title = "Test artwork") {
  return publishArtwork(authorId, { title, description: "" }, await preparedTestImage());
}

/**
 * Every media file on disk under one top folder ("art", "avatars"), as
 * storage keys: test files run in parallel, and each watches its own folder.
 */
export async function filesOnDisk(folder: "art" | "avatars" = "art"): Promise<string[]> {
  const root = env.mediaRoot;
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** Files with no database row pointing at them, and rows whose file is missing. */
export async function mediaMismatches() {
  const files = new Set(await filesOnDisk());
  const keys = new Set((await db.artworkVariant.findMany({ select: { key: true } })).map((variant) => variant.key));
  return {
    orphanFiles: [...files].filter((file) => !keys.has(file)),
    missingFiles: [...keys].filter((key) => !files.has(key)),
  };
}
