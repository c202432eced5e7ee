import { randomBytes } from "node:crypto";
import type { EncodedVariant } from "@/lib/images/pipeline";

const EXTENSIONS = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png" } as const;

/** A random folder name per artwork: unguessable, and nothing the uploader typed. */
export function newMediaKey(): string {
  return randomBytes(12).toString("hex");
}

export function variantKey(mediaKey: string, variant: Pick<EncodedVariant, "kind" | "format" | "width" | "height">): string {
  return `art/${mediaKey}/${variant.kind.toLowerCase()}-${variant.width}x${variant.height}.${EXTENSIONS[variant.format]}`;
}

export { mediaUrl } from "@/lib/art/media-url";
