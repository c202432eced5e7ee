import { describe, expect, it } from "vitest";
import { checkTag, formatTagList, normaliseTag, parseTagList, tagPrefix } from "@/lib/tags/normalise";
import { tagListSchema, tagNameSchema } from "@/lib/tags/schemas";

const names = (text: string) => {
  const parsed = parseTagList(text);
  if (!parsed.ok) throw new Error(parsed.messages.join("; "));
  return parsed.names;
};
const messages = (text: string) => {
  const parsed = parseTagList(text);
  return parsed.ok ? [] : parsed.messages;
};

describe("one spelling per tag", () => {
  it("folds case, width, '#', spaces and underscores", () => {
    expect(normaliseTag("Watercolour")).toBe("watercolour");
    expect(normaliseTag("#Digital Painting")).toBe("digital-painting");
    expect(normaliseTag("ＷＡＴＥＲ＿ｃｏｌｏｕｒ")).toBe("water-colour");
    expect(normaliseTag("＃ink")).toBe("ink");
    expect(normaliseTag("  line__art -- study- ")).toBe("line-art-study");
    expect(normaliseTag("-edge-")).toBe("edge");
  });

  it("keeps letters and digits of any script", () => {
    expect(checkTag("水彩")).toEqual({ ok: true, name: "水彩" });
    expect(checkTag("Akvarell")).toEqual({ ok: true, name: "akvarell" });
    expect(checkTag("Ölmalerei")).toEqual({ ok: true, name: "ölmalerei" });
    expect(checkTag("акварель-2024")).toEqual({ ok: true, name: "акварель-2024" });
    // Devanagari vowel signs are combining marks after the consonant.
    expect(checkTag("चित्र")).toEqual({ ok: true, name: "चित्र" });
    // A decomposed "é" (e + combining acute) is the same tag as the composed one.
    expect(checkTag("cafe\u0301")).toEqual({ ok: true, name: "café" });
  });

  it("lower-cases the same on every server locale: a capital I is an i, not a Turkish dotless ı", () => {
    expect(normaliseTag("INK")).toBe("ink");
    expect(normaliseTag("İstanbul")).toBe("i̇stanbul".normalize("NFKC"));
  });

  it("drops invisible characters, so a pasted zero-width space or a bidi override makes no second tag", () => {
    expect(checkTag("water\u200Bcolour")).toEqual({ ok: true, name: "watercolour" });
    expect(checkTag("\u202Ewatercolour")).toEqual({ ok: true, name: "watercolour" });
    expect(checkTag("\uFEFFink\u2060")).toEqual({ ok: true, name: "ink" });
    expect(checkTag("\u200D\u200C")).toEqual({ ok: false, message: "Type a tag: letters, digits and hyphens" });
  });

  it("refuses symbols, emoji and query syntax, naming the tag", () => {
    for (const hostile of ["🎨", "art🎨", "a'b", "x;DROP", 'say"hi"', "a*", "NEAR(a", "c++", "50%", "a.b", "<b>"]) {
      const checked = checkTag(hostile);
      expect(checked.ok, hostile).toBe(false);
      if (!checked.ok) expect(checked.message).toContain("can have only letters, digits and hyphens");
    }
    expect(checkTag("a\u0000b").ok).toBe(false);
  });

  it("takes 2 to 40 characters, counted as a reader counts them", () => {
    expect(checkTag("a")).toEqual({ ok: false, message: "The tag “a” is too short: tags have at least 2 characters" });
    expect(checkTag("水").ok).toBe(false);
    expect(checkTag("x".repeat(40))).toEqual({ ok: true, name: "x".repeat(40) });
    const long = checkTag("x".repeat(41));
    expect(long).toEqual({ ok: false, message: `The tag “${"x".repeat(24)}…” is too long: tags have at most 40 characters` });
    // Forty characters outside the Basic Multilingual Plane are eighty UTF-16 units, and still fit.
    expect(checkTag("𝒜".repeat(40)).ok).toBe(true);
  });
});

describe("a list of tags", () => {
  it("splits on spaces, or on commas when there is one (spaces then join words)", () => {
    expect(names("ink watercolour #sketch")).toEqual(["ink", "watercolour", "sketch"]);
    expect(names("digital painting, ink,  ,#Line Art")).toEqual(["digital-painting", "ink", "line-art"]);
    expect(names("")).toEqual([]);
    expect(names("  # , ,")).toEqual([]);
  });

  it("merges duplicates after normalisation, keeping the first position", () => {
    expect(names("Ink, watercolour, INK, #ink, ｉｎｋ")).toEqual(["ink", "watercolour"]);
  });

  it("takes at most ten tags, saying so", () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `tag${index}`).join(" ");
    expect(messages(eleven)).toEqual(["An artwork can have at most 10 tags: this list has 11"]);
    // Duplicates do not count against the limit.
    expect(names(`${eleven.replace("tag10", "tag1")}`)).toHaveLength(10);
  });

  it("names every tag that is wrong", () => {
    expect(messages("ok, 🎨, x")).toEqual([
      "The tag “🎨” can have only letters, digits and hyphens",
      "The tag “x” is too short: tags have at least 2 characters",
    ]);
  });

  it("reads back as it was stored", () => {
    const stored = names("digital painting, ink");
    expect(names(formatTagList(stored))).toEqual(stored);
  });
});

describe("the schemas", () => {
  it("gives the form's tags field as names, and its errors as messages for the field", () => {
    expect(tagListSchema.parse("Ink, 水彩")).toEqual(["ink", "水彩"]);
    expect(tagListSchema.parse(undefined)).toEqual([]);
    const refused = tagListSchema.safeParse("a, 🎨");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toHaveLength(2);
    expect(tagListSchema.safeParse("x".repeat(1_001)).success).toBe(false);
  });

  it("reads one typed tag", () => {
    expect(tagNameSchema.parse(" #Spiders ")).toBe("spiders");
    expect(tagNameSchema.safeParse("#").success).toBe(false);
  });

  it("makes a prefix of what is typed, or nothing where no tag could start", () => {
    expect(tagPrefix("Wat")).toBe("wat");
    expect(tagPrefix("#digital pa")).toBe("digital-pa");
    expect(tagPrefix("水")).toBe("水");
    expect(tagPrefix("🎨")).toBe("");
    expect(tagPrefix("%")).toBe("");
    expect(tagPrefix("x".repeat(41))).toBe("");
  });
});
