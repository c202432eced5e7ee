import { z } from "zod";

/**
 * C0 and C1 controls, and the bidirectional overrides that make text display
 * in another order than it reads (a name that renders as someone else's).
 */
const BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
/** For one-line text such as names. */
export const ANY_CONTROL = new RegExp(`[\\p{Cc}${BIDI_CONTROLS}]`, "u");
/** The same, except line breaks and tabs, which longer text may hold. */
export const CONTROL_IN_TEXT = new RegExp(`[^\\P{Cc}\\n\\t]|[${BIDI_CONTROLS}]`, "u");

/**
 * A textarea's text, counted as the browser counts it: browsers send line
 * breaks as CRLF but count each as one character for maxlength, so a text
 * the form accepted must not be refused here for its line breaks.
 */
export function multilineText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite((text) => text.replace(/\r\n?/g, "\n"));
}
