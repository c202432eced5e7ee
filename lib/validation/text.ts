import { z } from "zod";

/**
 * A textarea's text, counted as the browser counts it: browsers send line
 * breaks as CRLF but count each as one character for maxlength, so a text
 * the form accepted must not be refused here for its line breaks.
 */
export function multilineText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite((text) => text.replace(/\r\n?/g, "\n"));
}
