import "server-only";
import type { PixelSize } from "@/lib/images/header-size";
import type { ImageFormat, SourceFormat } from "@/lib/images/types";

/** Gallery cards at 1× and 2×, always 16:9 so grids line up. */
export const THUMB_WIDTHS = [480, 960] as const;
/** Long edge of the picture on its own page, at 1× and 2×. */
export const DISPLAY_LONG_EDGES = [1280, 2560] as const;

/** The thumbnail sizes for a source: 16:9, never upscaled, no size twice. */
export function planThumbs(source: PixelSize): PixelSize[] {
  const sizes: PixelSize[] = [];
  for (const target of THUMB_WIDTHS) {
    // The widest 16:9 crop that fits inside the source without enlarging it.
    const width = Math.min(target, source.width, Math.floor((source.height * 16) / 9));
    const height = Math.round((width * 9) / 16);
    if (!sizes.some((size) => size.width === width)) sizes.push({ width, height });
  }
  return sizes;
}

/**
 * The display sizes, as the long edge to fit inside: only sizes smaller than
 * the source (a larger one would be an upscaled copy of FULL), but always at
 * least one, so every picture has a display version to show.
 */
export function planDisplayEdges(source: PixelSize): number[] {
  const longEdge = Math.max(source.width, source.height);
  const edges = DISPLAY_LONG_EDGES.filter((edge) => edge < longEdge);
  return edges.length > 0 ? edges : [longEdge];
}

/** FULL stays in the source's family; a GIF's first frame becomes a PNG. */
export function fullFormatFor(source: SourceFormat): ImageFormat {
  return source === "gif" ? "png" : source;
}
