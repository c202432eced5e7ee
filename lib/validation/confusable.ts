/**
 * Letters of other scripts drawn exactly as a Latin letter in common fonts,
 * each beside the Latin letter it passes for (from Unicode's confusables
 * list, kept to the ones that are the same glyph). Usernames are ASCII, so
 * these are what a name needs to pass for one: "аdmin" with a Cyrillic а.
 */
const LOOKALIKES: [from: string, to: string][] = [
  // Cyrillic А В Е К М Н О Р С Т Х Ѕ І Ј Ү Ԛ Ԝ Ӏ
  ["\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0405\u0406\u0408\u04AE\u051A\u051C\u04C0", "abekmhopctxsijyqwi"],
  // Cyrillic а е о р с у х ѕ і ј һ ԁ ԛ ԝ ӏ ү
  ["\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u04BB\u0501\u051B\u051D\u04CF\u04AF", "aeopcyxsijhdqwly"],
  // Greek Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
  ["\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7", "abezhikmnoptyx"],
  // Greek α ι ν ο ρ υ ϲ ϳ
  ["\u03B1\u03B9\u03BD\u03BF\u03C1\u03C5\u03F2\u03F3", "aivopucj"],
  // Latin dotless ı and ȷ, script ɑ and ɡ
  ["\u0131\u0237\u0251\u0261", "ijag"],
];

const LATIN_LOOKALIKE = new Map(LOOKALIKES.flatMap(([from, to]) => [...from].map((char, index) => [char, to[index]] as const)));

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * How a name reads rather than how it is spelled, for telling whether a
 * display name passes for a username or a reserved name: NFKC (fullwidth
 * "ＡＤＭＩＮ", mathematical "𝐚𝐝𝐦𝐢𝐧" and ligatures become plain letters),
 * without what draws nothing (NFKC turns U+3164 into another filler rather
 * than dropping it), with lookalike letters made Latin, lower-cased, on one
 * trimmed line. Names that give the same key look alike, not the reverse:
 * "rn" for "m" and the like are beyond it.
 */
export function confusableKey(name: string): string {
  const letters = [...name.normalize("NFKC").replace(DEFAULT_IGNORABLE, "")].map((char) => LATIN_LOOKALIKE.get(char) ?? char);
  return letters.join("").toLowerCase().replace(/\s+/g, " ").trim();
}
