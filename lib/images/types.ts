import "server-only";
import type { Refusal } from "@/lib/result";

export type VariantKind = "THUMB" | "DISPLAY" | "FULL";
export type ImageFormat = "avif" | "webp" | "jpeg" | "png";

export type EncodedVariant = {
  kind: VariantKind;
  format: ImageFormat;
  /** Pixel size of this encoded file, as the encoder wrote it. */
  width: number;
  height: number;
  data: Buffer;
};

/** A refused upload: lib/result's refusal, with words for the person uploading. */
export type ImageRejection = Refusal;

/** The formats we take in; GIF is read (first frame) but never written. */
export type SourceFormat = "jpeg" | "png" | "webp" | "avif" | "gif";
