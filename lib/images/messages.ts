import "server-only";
import { ACCEPTED_FORMATS_LABEL, MAX_PIXELS, MAX_UPLOAD_BYTES, MIN_SIDE } from "@/lib/images/limits";

/** Every refusal the pipeline can give, worded for the person uploading. */
export const REJECTION = {
  empty: "This file is empty; choose an image to upload.",
  tooLarge: `This file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
  svg: `SVG files are not accepted; upload a ${ACCEPTED_FORMATS_LABEL}.`,
  heic: "HEIC images are not accepted; export the photo as JPEG (or set the camera to “Most Compatible”) and upload that.",
  notAccepted: `This file is not an image we accept; upload a ${ACCEPTED_FORMATS_LABEL}.`,
  damaged: "This image is damaged or incomplete; try exporting it again.",
} as const;

const count = new Intl.NumberFormat("en-US");
const megapixels = MAX_PIXELS / 1_000_000;

export function tooManyPixelsMessage(size?: { width: number; height: number }): string {
  // A header that libvips refused on its own has no size we can quote.
  if (!size) return `This image has more than ${megapixels} megapixels, the largest we accept.`;
  return `This image is ${count.format(size.width)} × ${count.format(size.height)} pixels; the limit is ${megapixels} megapixels.`;
}

export function tooSmallMessage(size: { width: number; height: number }): string {
  return `This image is ${size.width} × ${size.height} pixels; each side must be at least ${MIN_SIDE} pixels.`;
}
