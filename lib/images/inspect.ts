import "server-only";
import type { Metadata } from "sharp";
import { readHeaderSize, type PixelSize } from "@/lib/images/header-size";
import { MAX_PIXELS, MAX_UPLOAD_BYTES, MIN_SIDE } from "@/lib/images/limits";
import { REJECTION, tooManyPixelsMessage, tooSmallMessage } from "@/lib/images/messages";
import { INPUT_OPTIONS, sharp } from "@/lib/images/sharp-config";
import { sniffFormat, type SniffedFormat } from "@/lib/images/sniff";
import type { ImageRejection, SourceFormat } from "@/lib/images/types";
import { done, refused, type Result } from "@/lib/result";

/** An upload that passed every check; width and height are after EXIF orientation. */
export type SourceImage = { format: SourceFormat } & PixelSize;

const reject = (message: string): ImageRejection => refused(message);

/**
 * Every check that needs no pixel decoding: size in bytes, format by content,
 * claimed pixel size, minimum side. Cheap enough to run outside the queue,
 * so refusals come back at once even while other uploads are processing.
 */
export async function inspectImage(input: Buffer): Promise<Result<SourceImage>> {
  if (input.length === 0) return reject(REJECTION.empty);
  if (input.length > MAX_UPLOAD_BYTES) return reject(REJECTION.tooLarge);

  const sniffed = sniffFormat(input);
  if (sniffed === "svg") return reject(REJECTION.svg);
  if (sniffed === "heic") return reject(REJECTION.heic);
  if (sniffed === "unknown") return reject(REJECTION.notAccepted);

  const claimed = readHeaderSize(input, sniffed);
  if (claimed && claimed.width * claimed.height > MAX_PIXELS) return reject(tooManyPixelsMessage(claimed));

  let metadata: Metadata;
  try {
    // Reads the header only; no pixels are decoded here.
    metadata = await sharp(input, INPUT_OPTIONS).metadata();
  } catch (error) {
    return reject(isPixelLimitError(error) ? tooManyPixelsMessage() : REJECTION.damaged);
  }

  const format = sourceFormat(sniffed, metadata.format, metadata.compression);
  if (format === "heic") return reject(REJECTION.heic);
  if (!format) return reject(REJECTION.notAccepted);

  const size = { width: metadata.autoOrient.width, height: metadata.autoOrient.height };
  if (size.width * size.height > MAX_PIXELS) return reject(tooManyPixelsMessage(size));
  if (Math.min(size.width, size.height) < MIN_SIDE) return reject(tooSmallMessage(size));
  return done({ format, ...size });
}

const PLAIN_FORMATS = ["jpeg", "png", "webp", "gif"] as const;

/** The magic bytes and libvips' own reading must agree. */
function sourceFormat(sniffed: SniffedFormat, decoder: string, compression?: string): SourceFormat | "heic" | null {
  if (sniffed === "heif" && decoder === "heif") {
    if (compression === "av1") return "avif";
    return compression === "hevc" ? "heic" : null;
  }
  const plain = PLAIN_FORMATS.find((format) => format === sniffed);
  return plain && decoder === plain ? plain : null;
}

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}
