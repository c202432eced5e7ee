import { z } from "zod";
import { pageQuery, type SearchParams } from "@/lib/paging/list-query";
import { SEARCH_TEXT_MAX } from "@/lib/validation/form-rules";

/**
 * What a search asks for, read from what was typed: every word must match
 * (as the start of a word: "water" finds "watercolour"), every "quoted
 * phrase" must appear as those words in that order, and nothing may match
 * an excluded -word or -"phrase". Words are runs of letters, digits and
 * marks, as both databases' tokenizers cut them; everything else in the
 * text separates words and never reaches a query language.
 */
export type SearchTerms = {
  /** Matched as word prefixes; a one-letter word only whole (a prefix that short matches most of the index). */
  words: string[];
  /** Two or more words in order, each whole; "a-b" and "l'eau" typed without quotes are phrases too. */
  phrases: string[][];
  /** Each a word or a phrase (whole words), none of which may match. */
  excluded: string[][];
};

/** A longer search is refused with this number rather than cut where the reader cannot see. */
export { SEARCH_TEXT_MAX };
/** Words, phrases and exclusions together: enough for any real search, few enough to keep a hostile one cheap. */
export const SEARCH_TERMS_MAX = 12;
/** Pages of results offered: relevance order pages by offset, so the depth is bounded (see lib/search/artworks.ts). */
export const SEARCH_PAGES_MAX = 20;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Controls (NUL, escapes, line breaks) and invisible format characters are spaces to a search. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function wordsOf(text: string): string[] {
  // A run of marks alone is no word: both tokenizers drop it.
  return (text.match(WORD) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(word)).map((word) => word.toLowerCase());
}

/**
 * The parts of a search: `"…"` (an unclosed quote runs to the end), `-` at
 * the start of a part to exclude it, and whitespace between parts.
 */
export function searchTermsOf(text: string): SearchTerms {
  const terms: SearchTerms = { words: [], phrases: [], excluded: [] };
  const parts = text
    .normalize("NFKC")
    .replace(INVISIBLE, " ")
    .matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g);
  for (const [, minus, quoted, bare] of parts) {
    const words = wordsOf(quoted ?? bare ?? "");
    if (words.length === 0) continue;
    if (minus) terms.excluded.push(words);
    else if (quoted !== undefined || words.length > 1) terms.phrases.push(words);
    else terms.words.push(words[0]);
  }
  return terms;
}

const termCount = (terms: SearchTerms) => terms.words.length + terms.phrases.length + terms.excluded.length;

/**
 * The search box's text as a search, or the words a reader is shown beside
 * the box: nothing typed, too long, nothing but punctuation, only
 * exclusions, or too many parts.
 */
export const searchText = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z
      .string()
      .min(1, "Type a word to search for: a title, a tag or an artist's name.")
      .max(SEARCH_TEXT_MAX, `A search can be at most ${SEARCH_TEXT_MAX} characters long: shorten it.`),
  )
  .transform((text, context) => {
    const terms = searchTermsOf(text);
    const issue = (message: string) => {
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (termCount(terms) === 0) return issue("Search for words or names: punctuation and symbols alone match nothing.");
    if (terms.words.length + terms.phrases.length === 0)
      return issue("Say what to look for as well as what to leave out: -word only excludes.");
    if (termCount(terms) > SEARCH_TERMS_MAX)
      return issue(`A search can have at most ${SEARCH_TERMS_MAX} words, phrases and exclusions: leave some out.`);
    return terms;
  });

/**
 * /search?q=…&page=…: the first of a repeated parameter, the text kept as
 * typed (for the box), the page bounded. q is null when the address has
 * none (the page opened from a link: nothing to say yet), "" when an empty
 * box was sent (told to type something).
 */
export const searchAddress = z.preprocess(
  (params) =>
    Object.fromEntries(
      Object.entries(params as SearchParams).map(([name, value]) => [name, (Array.isArray(value) ? value[0] : value) ?? null]),
    ),
  z.object({
    // Cut far past the limit only so a hostile address cannot make a huge page; the limit itself is searchText's.
    q: z
      .string()
      .transform((text) => text.slice(0, SEARCH_TEXT_MAX * 10))
      .nullable()
      .catch(null),
    page: pageQuery.transform((page) => Math.min(page, SEARCH_PAGES_MAX)),
  }),
);
export type SearchAddress = z.output<typeof searchAddress>;
