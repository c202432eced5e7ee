import { randomBytes } from "node:crypto";
import type { EncodedVariant } from "@/lib/images/pipeline";

const EXTENSIONS = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png" } as const;

/**
 * Hidden artwork's files live under this prefix. The media route serves
 * them only to the artwork's owner and admins, and never lets a shared cache
 * keep them; every other key is public and cached for a year.
 */
export const PRIVATE_MEDIA_PREFIX = "private/";

export function isPrivateMediaKey(key: string): boolean {
  return key.startsWith(PRIVATE_MEDIA_PREFIX);
}

/** A random folder name per artwork (and a new one each time it is hidden or unhidden): unguessable, and nothing the uploader typed. */
export function newMediaKey(): string {
  return randomBytes(12).toString("hex");
}

/** The folder of an artwork's files: `art/<mediaKey>`, under the private prefix while the artwork is hidden. */
export function artworkFolder(mediaKey: string, hidden = false): string {
  return `${hidden ? PRIVATE_MEDIA_PREFIX : ""}art/${mediaKey}`;
}

export function variantKey(
  mediaKey: string,
  variant: Pick<EncodedVariant, "kind" | "format" | "width" | "height">,
  hidden = false,
): string {
  return `${artworkFolder(mediaKey, hidden)}/${variant.kind.toLowerCase()}-${variant.width}x${variant.height}.${EXTENSIONS[variant.format]}`;
}

export { mediaUrl } from "@/lib/art/media-url";
