import { mediaUrl } from "@/lib/art/media-url";

export type ImageSource = { url: string; width: number; height: number };
/** One picture in every format we have, smallest first; `fallback` is what <img src> names. */
export type ImageSet = { avif: ImageSource[]; webp: ImageSource[]; fallback: ImageSource };

type VariantRow = { format: string; width: number; height: number; key: string };

function sourcesIn(variants: VariantRow[], format: string): ImageSource[] {
  return variants
    .filter((variant) => variant.format === format)
    .map((variant) => ({ url: mediaUrl(variant.key), width: variant.width, height: variant.height }))
    .sort((a, b) => a.width - b.width);
}

/** AVIF appears once encoded (just after upload); WebP is there from the start. */
export function toImageSet(variants: VariantRow[]): ImageSet {
  const webp = sourcesIn(variants, "webp");
  const avif = sourcesIn(variants, "avif");
  const fallback = webp[0] ?? avif[0] ?? { url: mediaUrl(variants[0].key), width: variants[0].width, height: variants[0].height };
  return { avif, webp, fallback };
}

export function srcSet(sources: ImageSource[]): string {
  return sources.map((source) => `${source.url} ${source.width}w`).join(", ");
}
