import { z } from "zod";

/**
 * Every bidirectional control: the marks (ALM U+061C, LRM U+200E, RLM
 * U+200F), the embeddings and overrides (U+202A–U+202E) and the isolates
 * (U+2066–U+2069). They make text display in another order than it reads: a
 * name that renders as someone else's, a comment whose link shows one
 * address and goes to another, or an unclosed override that reorders
 * whatever the page prints after it on the line. No user text holds them.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * What a name must not hold because it renders as nothing, or as a blank
 * that is no space: controls (Cc); format characters (Cf: zero-width space,
 * ZWNJ, ZWJ, word joiner, BOM, soft hyphen, U+180E, tag characters…); every
 * default-ignorable code point, which adds the Hangul fillers (U+115F,
 * U+1160, U+3164, U+FFA0), variation selectors and the combining grapheme
 * joiner; and the braille blank U+2800, a symbol drawn as empty that pads
 * "blank" names elsewhere. Spaces are not here: names keep single ones.
 */
const INVISIBLE_IN_NAME = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * A whole emoji as Unicode's recommended list spells it (👩‍🎨, ❤️, 🏳️‍🌈, flags,
 * keycaps). The joiners and selectors inside one draw a single picture, so a
 * name may hold them there and nowhere else. Built from a string because the
 * v flag postdates the TypeScript target; Node.js has it.
 */
const EMOJI = new RegExp("\\p{RGI_Emoji}", "gv");
/**
 * More than any name may hold (each refuses far fewer characters by its own
 * limit). Matching emoji takes about 2 µs a character, so a hostile
 * megabyte name is looked at only this far, not for seconds.
 */
const NAME_SCAN_LIMIT = 1_000;

/**
 * Controls other than line breaks and tabs. Longer text keeps the format
 * characters names refuse: ZWJ builds emoji and Indic conjuncts, ZWNJ is
 * part of Persian spelling, zero-width spaces and soft hyphens mark where
 * Thai or a long word may wrap. In a text nobody takes for a name, an
 * invisible character deceives no one; only bidi controls reorder it.
 */
const CONTROL_IN_TEXT = /[^\P{Cc}\n\t]/u;

/** What a search drops rather than refuses. */
const UNSEARCHABLE = new RegExp(`${BIDI_CONTROL.source}|${CONTROL_IN_TEXT.source}`, "gu");

/** Anything that draws: text made only of spaces and invisible characters counts as empty. */
const VISIBLE = /[^\s\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/u;

type StringParams = Parameters<typeof z.string>[0];

/**
 * Composed (NFC, so "é" is stored and compared as one character however it
 * was typed), on one line with single spaces. JavaScript counts U+FEFF as a
 * space; inside a name it is an invisible character and stays to be refused.
 */
export function singleLine(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\S\uFEFF]+/g, " ")
    .trim();
}

/** Text with nothing visible in it (zero-width spaces, fillers) is empty, so a required field asks for it. */
function emptyUnlessVisible(text: string): string {
  return VISIBLE.test(text) ? text : "";
}

const directionIssue = (what: string) => ({
  message: `The ${what} contains characters that change the direction of text (such as right-to-left marks); remove them`,
  abort: true,
});
const controlIssue = (what: string) => ({ message: `The ${what} contains invisible control characters; remove them`, abort: true });

/**
 * A name people are known by: display names, usernames, room names. One
 * line, NFC, and nothing invisible or direction-changing in it, so two names
 * that look the same are spelled the same.
 */
export function nameText(what: string, params?: StringParams) {
  return z
    .string(params)
    .overwrite(singleLine)
    .refine((name) => !BIDI_CONTROL.test(name), directionIssue(what))
    .refine((name) => !INVISIBLE_IN_NAME.test(name.slice(0, NAME_SCAN_LIMIT).replace(EMOJI, "")), {
      message: `The ${what} contains invisible characters (such as zero-width spaces); remove them`,
      abort: true,
    });
}

/** One line of text that is not a name (an artwork's title): NFC, single spaces, no controls or bidi controls. */
export function lineText(what: string, params?: StringParams) {
  return textChecks(
    what,
    z.string(params).overwrite((text) => emptyUnlessVisible(singleLine(text))),
  );
}

/**
 * A textarea's text: NFC, trimmed, line breaks and tabs kept. Browsers send
 * line breaks as CRLF but count each as one character for maxlength, so a
 * text the form accepted must not be refused here for its line breaks.
 */
export function multilineText(what: string, params?: StringParams) {
  return textChecks(
    what,
    z.string(params).overwrite((text) => emptyUnlessVisible(text.replace(/\r\n?/g, "\n").normalize("NFC").trim())),
  );
}

function textChecks(what: string, text: z.ZodString) {
  return text
    .refine((value) => !BIDI_CONTROL.test(value), directionIssue(what))
    .refine((value) => !CONTROL_IN_TEXT.test(value), controlIssue(what));
}

/**
 * A search box's text in the form stored text has (NFC, one line), without
 * the controls no stored text holds. A search has no field to show an error
 * next to, so it drops them rather than refusing.
 */
export function searchTerm(text: string): string {
  return singleLine(text.replace(UNSEARCHABLE, ""));
}
