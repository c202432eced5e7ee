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
 * Browsers send a textarea's line breaks as CRLF but count them as one
 * character for maxlength; count them the same way on the server.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
