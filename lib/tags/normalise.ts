/**
 * Tag names as stored and shown: one spelling per tag, so "Watercolour",
 * "#watercolour" and "ＷＡＴＥＲＣＯＬＯＵＲ" are the same tag. Pure
 * functions without imports: the schemas, the suggestion route and the tests
 * share them.
 */

export const TAG_MIN_LENGTH = 2;
export const TAG_MAX_LENGTH = 40;
export const TAGS_PER_ARTWORK = 10;

/**
 * Format and default-ignorable characters (zero-width spaces and joiners,
 * bidi overrides, the BOM, variation selectors):
 * invisible, so a tag carrying one would look like another tag and be a
 * different one. Dropped rather than refused: "water​colour" with a pasted
 * zero-width space is simply "watercolour".
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const SEPARATORS = /[\s_]+/gu;
/** Letters and digits of any script, combining marks after them (Devanagari vowel signs, Hebrew points), single hyphens between. */
const VALID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*$/u;

/**
 * NFKC folds compatibility forms (full-width letters, ligatures, the "＃"
 * sign); lower case is the locale-independent mapping (toLowerCase, not
 * toLocaleLowerCase: a Turkish server must not make "I" a dotless ı), and
 * NFKC again because lower-casing can undo the normal form ("İ" becomes
 * "i" and a combining dot).
 */
export function normaliseTag(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(/^[\s#]+/u, "")
    .replace(SEPARATORS, "-")
    .replace(/-{2,}/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

/** The start of a tag being typed, normalised; "" when no tag could start so (a symbol, an emoji, too long). */
export function tagPrefix(typed: string): string {
  const prefix = normaliseTag(typed);
  return /^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*$/u.test(prefix) && tagLength(prefix) <= TAG_MAX_LENGTH ? prefix : "";
}

/** Length as a reader counts it: code points, so "水彩" is two characters, not four UTF-16 units. */
export const tagLength = (name: string): number => [...name].length;

/** What a refusal quotes of a tag: its visible part, cut short, so a hostile paste cannot fill the message. */
function quoted(shown: string): string {
  const visible = [...shown.normalize("NFKC").replace(INVISIBLE, "").trim()];
  return `“${visible.length > 24 ? `${visible.slice(0, 24).join("")}…` : visible.join("")}”`;
}

export type TagCheck = { ok: true; name: string } | { ok: false; message: string };

/** One tag, normalised, or what is wrong with it in words that name it. */
export function checkTag(raw: string): TagCheck {
  const name = normaliseTag(raw);
  const length = tagLength(name);
  if (length === 0) return { ok: false, message: "Type a tag: letters, digits and hyphens" };
  if (!VALID.test(name)) return { ok: false, message: `The tag ${quoted(raw)} can have only letters, digits and hyphens` };
  if (length < TAG_MIN_LENGTH)
    return { ok: false, message: `The tag ${quoted(raw)} is too short: tags have at least ${TAG_MIN_LENGTH} characters` };
  if (length > TAG_MAX_LENGTH)
    return { ok: false, message: `The tag ${quoted(raw)} is too long: tags have at most ${TAG_MAX_LENGTH} characters` };
  return { ok: true, name };
}

export type TagListCheck = { ok: true; names: string[] } | { ok: false; messages: string[] };

/**
 * A typed list of tags. With a comma anywhere, commas separate and spaces
 * join words ("digital painting, ink" is two tags); without one, spaces
 * separate ("ink watercolour"). Duplicates after normalisation count once,
 * in the order first typed (that order is the tags' position).
 */
export function parseTagList(text: string): TagListCheck {
  const folded = text.normalize("NFKC");
  const pieces = (folded.includes(",") ? folded.split(",") : folded.split(/\s+/u)).filter((piece) => normaliseTag(piece) !== "");
  const names: string[] = [];
  const messages: string[] = [];
  for (const piece of pieces) {
    const checked = checkTag(piece);
    if (!checked.ok) messages.push(checked.message);
    else if (!names.includes(checked.name)) names.push(checked.name);
  }
  if (names.length > TAGS_PER_ARTWORK) messages.push(`An artwork can have at most ${TAGS_PER_ARTWORK} tags: this list has ${names.length}`);
  return messages.length > 0 ? { ok: false, messages } : { ok: true, names };
}

/** The list as the edit form shows it again: the order kept, commas so it reads back the same. */
export const formatTagList = (names: readonly string[]): string => names.join(", ");
