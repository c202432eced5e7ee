import "server-only";
import { encodeVariant, type VariantSpec } from "@/lib/images/encode";
import type { PixelSize } from "@/lib/images/header-size";
import { inspectImage } from "@/lib/images/inspect";
import { REJECTION } from "@/lib/images/messages";
import { allWithLimit } from "@/lib/images/parallel";
import { describeColours, type Colours } from "@/lib/images/placeholder";
import { runInImageQueue } from "@/lib/images/queue";
import type { EncodedVariant } from "@/lib/images/types";
import { done, refused, type Result } from "@/lib/result";
import { fullFormatFor, planDisplayEdges, planThumbs } from "@/lib/images/variants";

export type { EncodedVariant, ImageFormat, ImageRejection, VariantKind } from "@/lib/images/types";

export type PreparedImage = {
  /** Full-size width and height after auto-orientation. */
  width: number;
  height: number;
  /** ThumbHash of the image, base64. */
  placeholder: string;
  /** That ThumbHash as a PNG data URL, which pages paint while the image loads. */
  placeholderUrl: string;
  /** "#rrggbb". */
  dominantColor: string;
  /** The stripped FULL image and every WebP variant; the AVIF ones come later (encodeLaterVariants). */
  immediate: EncodedVariant[];
};

export type PrepareResult = Result<PreparedImage>;

/**
 * Encodes at a time within one upload job: the two cores, while leaving
 * libuv's other threads (file I/O, DNS, zlib share them) free.
 */
export const ENCODES_IN_PARALLEL = 2;

/**
 * Checks an upload by its content and turns it into the stored variants.
 * Never throws for a bad file: every problem with the upload itself comes
 * back as a rejection with a message for the person uploading (it throws
 * only when the server itself fails, e.g. an encoder error).
 */
export async function prepareImage(input: Buffer): Promise<PrepareResult> {
  const inspected = await inspectImage(input);
  if (!inspected.ok) return inspected;
  const source = inspected.value;
  const scaled = planScaledVariants(source);

  return runInImageQueue(async (): Promise<PrepareResult> => {
    const colours = await coloursOrNull(input);
    if (!colours) return refused(REJECTION.damaged);

    const fullFormat = fullFormatFor(source.format);
    const encodes = [
      () => encodeVariant(input, { kind: "FULL" }, fullFormat),
      ...scaled.map((spec) => () => encodeVariant(input, spec, "webp")),
    ];
    const immediate = await allWithLimit(encodes, ENCODES_IN_PARALLEL);
    return done({ width: source.width, height: source.height, ...colours, immediate });
  });
}

/** Largest first, so the slow encodes start first and the two lanes finish together. */
function planScaledVariants(source: PixelSize): VariantSpec[] {
  const displays = planDisplayEdges(source)
    .toSorted((a, b) => b - a)
    .map((longEdge): VariantSpec => ({ kind: "DISPLAY", longEdge }));
  const thumbs = planThumbs(source)
    .toSorted((a, b) => b.width - a.width)
    .map((size): VariantSpec => ({ kind: "THUMB", ...size }));
  return [...displays, ...thumbs];
}

/** Reads every pixel once, at the smallest scale the format allows: null when the header was fine but the pixels are not. */
export async function coloursOrNull(input: Buffer): Promise<Colours | null> {
  try {
    return await describeColours(input);
  } catch {
    // Cut off, or a broken chunk.
    return null;
  }
}

/**
 * The AVIF versions of the scaled variants, encoded after the response (by
 * a durable job, lib/art/later-variants.ts) from `input`: the stored FULL
 * image, already upright and stripped, of the given full size. Runs as
 * background work in the image queue, one encode at a time, so it keeps to
 * one core and never holds up an upload. Rejects only on an internal failure.
 */
export function encodeLaterVariants(input: Buffer, fullSize: PixelSize): Promise<EncodedVariant[]> {
  return runInImageQueue(async () => {
    const variants: EncodedVariant[] = [];
    for (const spec of planScaledVariants(fullSize)) variants.push(await encodeVariant(input, spec, "avif"));
    return variants;
  }, "background");
}
