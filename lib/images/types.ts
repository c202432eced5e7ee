import "server-only";

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

export type ImageRejection = { ok: false; message: string };

/** The formats we take in; GIF is read (first frame) but never written. */
export type SourceFormat = "jpeg" | "png" | "webp" | "avif" | "gif";
