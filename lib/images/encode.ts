import "server-only";
import type { Sharp } from "sharp";
import type { PixelSize } from "@/lib/images/header-size";
import { INPUT_OPTIONS, sharp } from "@/lib/images/sharp-config";
import type { EncodedVariant, ImageFormat, VariantKind } from "@/lib/images/types";

/** Decoded, upright, sRGB pixels with no metadata of any kind attached. */
export type RawImage = PixelSize & { data: Buffer; channels: 1 | 2 | 3 | 4 };

export type VariantSpec = { kind: "FULL" } | { kind: "THUMB"; width: number; height: number } | { kind: "DISPLAY"; longEdge: number };

/**
 * Decodes once for all variants. Because every output is encoded from these
 * bare pixels, no EXIF, GPS, XMP, IPTC or ICC data can reach any of them;
 * the embedded profile is applied on the way to sRGB, then dropped.
 */
export async function decodeToRaw(input: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(input, INPUT_OPTIONS).rotate().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export function fromRaw(raw: RawImage): Sharp {
  return sharp(raw.data, { ...INPUT_OPTIONS, raw: { width: raw.width, height: raw.height, channels: raw.channels } });
}

export async function encodeVariant(raw: RawImage, spec: VariantSpec, format: ImageFormat): Promise<EncodedVariant> {
  const resized = resize(fromRaw(raw), spec);
  const { data, info } = await withEncoder(resized, spec.kind, format).toBuffer({ resolveWithObject: true });
  // Declared size comes from the encoder, so it matches the file even where sharp rounds.
  return { kind: spec.kind, format, width: info.width, height: info.height, data };
}

function resize(pipeline: Sharp, spec: VariantSpec): Sharp {
  switch (spec.kind) {
    case "FULL":
      return pipeline;
    case "THUMB":
      // "attention" keeps the salient part of a tall or wide artwork in frame.
      return pipeline.resize(spec.width, spec.height, { fit: "cover", position: "attention" });
    case "DISPLAY":
      return pipeline.resize(spec.longEdge, spec.longEdge, { fit: "inside", withoutEnlargement: true });
  }
}

/**
 * Settings measured on the 2-core target with a 4000 × 3000 photo.
 * FULL holds up the response: mozjpeg's trellis quantisation took 2.3 s
 * (plain libjpeg-turbo, progressive: 0.6 s), WebP effort 4 took 2.2 s against
 * 1.2 s at effort 2 (no larger), and AVIF effort 0 still took 2.3 s.
 * AVIF variants run in the background, but on one core: effort 4 took 9.4 s
 * for the 2560 px display size, effort 3 with 4:2:0 chroma (the subsampling
 * lossy WebP always uses) 1.7 s for 10% more bytes.
 */
function withEncoder(pipeline: Sharp, kind: VariantKind, format: ImageFormat): Sharp {
  const full = kind === "FULL";
  switch (format) {
    case "jpeg":
      return pipeline.jpeg({ quality: 90, progressive: true, optimiseCoding: true });
    case "png":
      return pipeline.png({ compressionLevel: 6 });
    case "webp":
      return full ? pipeline.webp({ quality: 90, effort: 2 }) : pipeline.webp({ quality: 80, effort: 4 });
    case "avif":
      return full
        ? pipeline.avif({ quality: 64, effort: 0, chromaSubsampling: "4:4:4" })
        : pipeline.avif({ quality: 50, effort: 3, chromaSubsampling: "4:2:0" });
  }
}
