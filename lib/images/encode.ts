import "server-only";
import type { Sharp } from "sharp";
import { INPUT_OPTIONS, sharp } from "@/lib/images/sharp-config";
import type { EncodedVariant, ImageFormat, VariantKind } from "@/lib/images/types";

export type VariantSpec = { kind: "FULL" } | { kind: "THUMB"; width: number; height: number } | { kind: "DISPLAY"; longEdge: number };

/**
 * The image file, upright and in sRGB, decoded as its encoder pulls it.
 * Every variant decodes the file afresh: JPEG and WebP decode straight to
 * 1/2, 1/4 or 1/8 of their size when the variant is that much smaller, and
 * libvips streams the rest, so no job holds a whole decoded copy (36 MB at
 * 12 MP) beside its encoders. The embedded profile is applied on the way to
 * sRGB; sharp writes no EXIF, GPS, XMP, IPTC or ICC data unless asked to,
 * and nothing here asks.
 */
export function uprightSrgb(input: Buffer): Sharp {
  return sharp(input, INPUT_OPTIONS).rotate().toColourspace("srgb");
}

export async function encodeVariant(input: Buffer, spec: VariantSpec, format: ImageFormat): Promise<EncodedVariant> {
  const resized = resize(uprightSrgb(input), spec);
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
