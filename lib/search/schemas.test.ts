import { describe, expect, it } from "vitest";
import { fts5ArtistMatch, fts5Match } from "@/lib/search/match";
import { SEARCH_TEXT_MAX, searchAddress, searchTermsOf, searchText } from "@/lib/search/schemas";
import { QUERY_SYNTAX_CHARACTERS } from "@/lib/testing/query-syntax";

const message = (text: string) => {
  const result = searchText.safeParse(text);
  return result.success ? null : result.error.issues[0].message;
};

describe("reading a search", () => {
  it("takes words as prefixes, quoted text as phrases and -parts as exclusions", () => {
    expect(searchTermsOf('Water "night market" -dog -"red sky" l\'eau')).toEqual({
      words: ["water"],
      phrases: [
        ["night", "market"],
        ["l", "eau"],
      ],
      excluded: [["dog"], ["red", "sky"]],
    });
  });

  it("keeps accents and scripts in words (the databases fold them) and reads an unclosed quote to the end", () => {
    expect(searchTermsOf('Café 東京 "blue moon')).toEqual({ words: ["café", "東京"], phrases: [["blue", "moon"]], excluded: [] });
    expect(searchTermsOf("ﬁsh ＡＢＣ")).toEqual({ words: ["fish", "abc"], phrases: [], excluded: [] });
  });

  it("reads every query-language character as a separator, never as syntax", () => {
    for (const character of QUERY_SYNTAX_CHARACTERS) {
      const terms = searchTermsOf(`a${character}b`);
      expect([...terms.words, ...terms.phrases.flat()]).toEqual(["a", "b"]);
    }
    expect(searchTermsOf("NEAR(a b) AND c OR d NOT e")).toEqual({
      words: ["b", "and", "c", "or", "d", "not", "e"],
      phrases: [["near", "a"]],
      excluded: [],
    });
    expect(searchTermsOf("sun\0moon\tstar\nsea")).toEqual({ words: ["sun", "moon", "star", "sea"], phrases: [], excluded: [] });
  });

  it("refuses empty, too long, punctuation-only, exclusion-only and sprawling searches with words to show", () => {
    expect(message("   ")).toMatch(/Type a word/);
    expect(message("x".repeat(SEARCH_TEXT_MAX + 1))).toMatch(/at most 100 characters/);
    expect(message("x".repeat(SEARCH_TEXT_MAX))).toBeNull();
    expect(message("\"*^:()-+'\\%_;")).toMatch(/punctuation and symbols alone/);
    expect(message("\0\u0001")).toMatch(/punctuation and symbols alone/);
    expect(message("-dog -cat")).toMatch(/as well as what to leave out/);
    expect(message("a b c d e f g h i j k l m")).toMatch(/at most 12 words/);
  });

  it("keeps the typed text for the box and bounds the page", () => {
    expect(searchAddress.parse({ q: ["sun", "moon"], page: "999" })).toEqual({ q: "sun", page: 20 });
    expect(searchAddress.parse({})).toEqual({ q: null, page: 1 });
    expect(searchAddress.parse({ q: "" })).toEqual({ q: "", page: 1 });
  });
});

describe("the FTS5 query made from a search", () => {
  it("quotes every word and phrase as a string, prefixes words of two letters or more, and excludes with NOT", () => {
    expect(fts5Match(searchTermsOf('water a "night market" -dog'))).toBe('("water"* "a" "night market") NOT "dog"');
    expect(fts5ArtistMatch(searchTermsOf("mira k"))).toBe('"artist" : "mira"* AND "artist" : "k"');
  });

  it("turns operators typed as words into quoted strings", () => {
    expect(fts5Match(searchTermsOf("NEAR AND OR NOT"))).toBe('("near"* "and"* "or"* "not"*)');
  });
});
