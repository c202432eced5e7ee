import { thumbHashToDataURL } from "thumbhash";

/** The ThumbHash as a tiny PNG data URL, painted under the image while it loads. */
export function placeholderDataUrl(thumbHash: string): string {
  return thumbHashToDataURL(Buffer.from(thumbHash, "base64"));
}
