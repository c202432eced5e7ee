import "server-only";
import { rgbaToThumbHash } from "thumbhash";
import { uprightSrgb } from "@/lib/images/encode";
import { placeholderDataUrl } from "@/lib/images/placeholder-png";

/** ThumbHash takes at most 100 × 100 pixels. */
const PLACEHOLDER_SIDE = 100;

/** placeholder: the ThumbHash (base64); placeholderUrl: it drawn as a PNG data URL; dominantColor: "#rrggbb". */
export type Colours = { placeholder: string; placeholderUrl: string; dominantColor: string };

/**
 * The blurred stand-in shown while a picture loads (as a ThumbHash and as
 * the picture pages paint), and its main colour. It reads every pixel of
 * the file (a JPEG at 1/8 scale), so a file whose pixels are broken fails
 * here, before any encode starts.
 */
export async function describeColours(input: Buffer): Promise<Colours> {
  const { data, info } = await uprightSrgb(input)
    .resize(PLACEHOLDER_SIDE, PLACEHOLDER_SIDE, { fit: "inside", withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const placeholder = Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString("base64");
  return { placeholder, placeholderUrl: placeholderDataUrl(placeholder), dominantColor: dominantColour(data) };
}

/**
 * sharp's stats().dominant, made exact and alpha-aware: the same 4096-bin
 * histogram (16 levels a channel), but the answer is the mean of the pixels
 * in the busiest bin rather than the bin's centre (which turns pure red into
 * #f80808), and transparent pixels do not vote.
 */
export function dominantColour(rgba: Uint8Array): string {
  const opaqueOnly = hasOpaquePixel(rgba);
  const counts = new Uint32Array(4096);
  const sums = new Float64Array(4096 * 3);
  for (let at = 0; at < rgba.length; at += 4) {
    if (opaqueOnly && rgba[at + 3] < 128) continue;
    const bin = ((rgba[at] >> 4) << 8) | ((rgba[at + 1] >> 4) << 4) | (rgba[at + 2] >> 4);
    counts[bin] += 1;
    sums[bin * 3] += rgba[at];
    sums[bin * 3 + 1] += rgba[at + 1];
    sums[bin * 3 + 2] += rgba[at + 2];
  }
  let best = 0;
  for (let bin = 1; bin < counts.length; bin++) if (counts[bin] > counts[best]) best = bin;
  const channel = (offset: number) =>
    Math.round(sums[best * 3 + offset] / Math.max(1, counts[best]))
      .toString(16)
      .padStart(2, "0");
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

function hasOpaquePixel(rgba: Uint8Array): boolean {
  for (let at = 3; at < rgba.length; at += 4) if (rgba[at] >= 128) return true;
  return false;
}
