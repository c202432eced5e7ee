import { describe, expect, it } from "vitest";
import { z } from "zod";
import { usernameSchema } from "@/lib/auth/schemas";
import { artworkFieldsSchema } from "@/lib/art/schemas";
import { createRoomSchema, messageBodySchema } from "@/lib/chat/schemas";
import { addCommentSchema } from "@/lib/comments/schemas";
import { requiredReasonSchema } from "@/lib/moderation/schemas";
import { searchTerm } from "@/lib/validation/plain-text";
import { profileDetailsSchema } from "@/lib/users/schemas";
import { fileReportSchema } from "@/lib/moderation/reports/schemas";

const ARTWORK_ID = "clartwork0000000000000001";

/** Characters that draw nothing, or a blank that is no space, by the name a moderator would know them by. */
const INVISIBLE: [string, string][] = [
  ["zero-width space", "\u200B"],
  ["zero-width non-joiner", "\u200C"],
  ["zero-width joiner outside an emoji", "\u200D"],
  ["word joiner", "\u2060"],
  ["Hangul filler", "\u3164"],
  ["halfwidth Hangul filler", "\uFFA0"],
  ["Hangul choseong filler", "\u115F"],
  ["Hangul jungseong filler", "\u1160"],
  ["byte order mark", "\uFEFF"],
  ["soft hyphen", "\u00AD"],
  ["Mongolian vowel separator", "\u180E"],
  ["braille blank", "\u2800"],
  ["variation selector after a letter", "\uFE0F"],
  ["tag character", "\u{E0041}"],
  ["null", "\u0000"],
];

/** Every bidirectional control. */
const DIRECTION: [string, string][] = [
  ["left-to-right mark", "\u200E"],
  ["right-to-left mark", "\u200F"],
  ["Arabic letter mark", "\u061C"],
  ["left-to-right embedding", "\u202A"],
  ["pop directional formatting", "\u202C"],
  ["right-to-left override", "\u202E"],
  ["left-to-right isolate", "\u2066"],
  ["pop directional isolate", "\u2069"],
];

type Field = { field: string; what: string; parse: (text: string) => z.ZodSafeParseResult<unknown> };

/** Where members name themselves or something others find by name. */
const NAMES: Field[] = [
  { field: "a display name", what: "display name", parse: (name) => profileDetailsSchema.safeParse({ displayName: name }) },
  { field: "a username", what: "username", parse: (name) => usernameSchema.safeParse(name) },
  { field: "a room name", what: "name", parse: (name) => createRoomSchema.safeParse({ name }) },
];

/** Every other text a member writes. */
const TEXTS: Field[] = [
  { field: "an artwork title", what: "title", parse: (title) => artworkFieldsSchema.safeParse({ title }) },
  {
    field: "an artwork description",
    what: "description",
    parse: (description) => artworkFieldsSchema.safeParse({ title: "Waves", description }),
  },
  { field: "a comment", what: "comment", parse: (body) => addCommentSchema.safeParse({ artworkId: ARTWORK_ID, body }) },
  { field: "a chat message", what: "message", parse: (body) => messageBodySchema.safeParse(body) },
  {
    field: "a room description",
    what: "description",
    parse: (description) => createRoomSchema.safeParse({ name: "Sketching", description }),
  },
  { field: "a bio", what: "bio", parse: (bio) => profileDetailsSchema.safeParse({ bio }) },
  {
    field: "a report note",
    what: "note",
    parse: (note) => fileReportSchema.safeParse({ targetType: "artwork", targetId: ARTWORK_ID, category: "SPAM", note }),
  },
  { field: "a moderator's reason", what: "reason", parse: (reason) => requiredReasonSchema.safeParse(reason) },
];

const messages = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues.map((issue) => issue.message) ?? [];
const invisibleMessage = (what: string) => `The ${what} contains invisible characters (such as zero-width spaces); remove them`;
const directionMessage = (what: string) =>
  `The ${what} contains characters that change the direction of text (such as right-to-left marks); remove them`;

describe("names", () => {
  for (const { field, what, parse } of NAMES) {
    it(`refuse every invisible character in ${field}, saying so`, () => {
      for (const [, char] of INVISIBLE)
        expect(messages(parse(`mira${char}paints`)), `${char.codePointAt(0)?.toString(16)}`).toEqual([invisibleMessage(what)]);
    });

    it(`refuse every direction control in ${field}, saying so`, () => {
      for (const [, char] of DIRECTION)
        expect(messages(parse(`mira${char}paints`)), `${char.codePointAt(0)?.toString(16)}`).toEqual([directionMessage(what)]);
    });
  }

  it("take whole emoji, joiners and selectors included, in display names and room names", () => {
    for (const emoji of ["👩‍🎨", "🏳️‍🌈", "❤️", "👩🏽‍🎨", "1️⃣", "🇯🇵"]) {
      expect(profileDetailsSchema.parse({ displayName: `Mira ${emoji}` }).displayName).toBe(`Mira ${emoji}`);
      expect(createRoomSchema.parse({ name: `Ink ${emoji}` }).name).toBe(`Ink ${emoji}`);
    }
    expect(messages(profileDetailsSchema.safeParse({ displayName: "Mira\u200D🎨" }))).toEqual([invisibleMessage("display name")]);
  });

  it("are stored composed, however the accents were typed", () => {
    expect(profileDetailsSchema.parse({ displayName: "Ze\u0301lie" }).displayName).toBe("Z\u00E9lie");
    expect(createRoomSchema.parse({ name: "Cafe\u0301 talk" }).name).toBe("Caf\u00E9 talk");
  });
});

describe("texts", () => {
  for (const { field, what, parse } of TEXTS) {
    it(`refuse every direction control in ${field}, saying so`, () => {
      for (const [, char] of DIRECTION)
        expect(messages(parse(`see ${char}this`)), `${char.codePointAt(0)?.toString(16)}`).toEqual([directionMessage(what)]);
    });

    it(`refuse other control characters in ${field}`, () => {
      expect(messages(parse("bell\u0007"))).toEqual([`The ${what} contains invisible control characters; remove them`]);
    });

    it(`keep emoji with joiners, Persian and Indic joiners and soft hyphens in ${field}, composed`, () => {
      for (const text of ["I paint 👩‍🎨 and 🏳️‍🌈", "می\u200Cخواهم", "क्\u200Dष", "water\u00ADcolour", "Caf\u00E9"])
        expect(parse(text).success, text).toBe(true);
      expect(JSON.stringify(parse("Cafe\u0301").data)).toContain("Caf\u00E9");
    });
  }

  it("count text made only of invisible characters as empty", () => {
    expect(messages(addCommentSchema.safeParse({ artworkId: ARTWORK_ID, body: "\u200B\u3164 \u2800" }))).toEqual(["Write a comment first"]);
    expect(messages(messageBodySchema.safeParse("\u200B"))).toEqual(["Write a message first"]);
    expect(messages(artworkFieldsSchema.safeParse({ title: "\u3164" }))).toEqual(["Give your artwork a title"]);
    expect(profileDetailsSchema.parse({ bio: "\u200B\n\u200B" }).bio).toBe("");
  });

  it("keep an artwork's title on one line", () => {
    expect(artworkFieldsSchema.parse({ title: "  Waves\n at\tdusk " }).title).toBe("Waves at dusk");
  });
});

describe("search terms", () => {
  it("are composed and on one line, without controls or direction controls, so they find stored text", () => {
    expect(searchTerm("  Cafe\u0301\n  au\u202E lait\u0000 ")).toBe("Caf\u00E9 au lait");
  });
});
