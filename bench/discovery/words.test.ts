import { expect, it } from "vitest";
import { normaliseTag, tagLength, TAG_MAX_LENGTH, TAG_MIN_LENGTH } from "@/lib/tags/normalise";
import { RARE_WORDS, tagNames, textWriter, WORDS } from "./words";
import { randomSource } from "../support/seeding";

// The seed writes tag names straight into the Tag table: each must be one the app could have stored.
it("names 20,000 distinct tags, each in the app's normal form", () => {
  const names = tagNames(20_000);
  expect(new Set(names).size).toBe(20_000);
  for (const name of names) {
    expect(normaliseTag(name)).toBe(name);
    expect(tagLength(name)).toBeGreaterThanOrEqual(TAG_MIN_LENGTH);
    expect(tagLength(name)).toBeLessThanOrEqual(TAG_MAX_LENGTH);
  }
});

// What the search cases look for must be there to find: prefixes, accents and rare words.
it("writes texts with words sharing a prefix, accented words and, rarely, a rare word", () => {
  expect(WORDS.filter((word) => word.startsWith("water")).length).toBeGreaterThan(3);
  expect(WORDS).toContain("façade");
  const writer = textWriter(randomSource(7));
  const texts = Array.from({ length: 20_000 }, () => `${writer.title()} ${writer.description()}`.toLowerCase());
  const rare = texts.filter((text) => RARE_WORDS.some((word) => text.includes(word))).length;
  expect(rare).toBeGreaterThan(0);
  expect(rare).toBeLessThan(texts.length / 50);
});
