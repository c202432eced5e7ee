import { describe, expect, it } from "vitest";
import { AVATAR_MAX_BYTES } from "@/lib/images/limits";
import { avatarChangeSchema, profileDetailsSchema } from "@/lib/users/schemas";

function details(input: Record<string, string>) {
  const result = profileDetailsSchema.safeParse(input);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: result.error.issues.map((issue) => `${issue.path[0] as string}: ${issue.message}`) };
}

describe("display name and bio rules", () => {
  it("trims the display name and treats an empty one as the username", () => {
    expect(details({ displayName: "  Mira Okafor ", bio: "" })).toEqual({ ok: true, data: { displayName: "Mira Okafor", bio: "" } });
    expect(details({ displayName: "   ", bio: "" })).toEqual({ ok: true, data: { displayName: null, bio: "" } });
  });

  it("takes any script and emoji up to 50 characters, and refuses 51", () => {
    expect(details({ displayName: "Zoë 🎨 山田", bio: "" }).ok).toBe(true);
    expect(details({ displayName: "a".repeat(50), bio: "" }).ok).toBe(true);
    expect(details({ displayName: "a".repeat(51), bio: "" })).toEqual({
      ok: false,
      errors: ["displayName: The display name can be at most 50 characters"],
    });
  });

  it("keeps the display name on one line with single spaces", () => {
    expect(details({ displayName: "Mira\n\tOkafor", bio: "" })).toEqual({ ok: true, data: { displayName: "Mira Okafor", bio: "" } });
  });

  it("refuses control characters and text-direction overrides in the display name, each with its own message", () => {
    for (const name of ["Mira\u0000", "Mira\u0085"]) {
      expect(details({ displayName: name, bio: "" })).toEqual({
        ok: false,
        errors: ["displayName: The display name contains invisible characters (such as zero-width spaces); remove them"],
      });
    }
    expect(details({ displayName: "\u202Enimda", bio: "" })).toEqual({
      ok: false,
      errors: [
        "displayName: The display name contains characters that change the direction of text (such as right-to-left marks); remove them",
      ],
    });
  });

  it("refuses a display name that reads as a name the site keeps, in any case or width or with lookalike letters", () => {
    // Fullwidth, Cyrillic А, and mathematical bold letters.
    for (const name of ["Admin", "ＡＤＭＩＮ", "\u0410dmin", "𝐌𝐨𝐝𝐞𝐫𝐚𝐭𝐨𝐫", " settings "]) {
      expect(details({ displayName: name, bio: "" })).toEqual({
        ok: false,
        errors: ["displayName: This display name reads as a name the site keeps for itself (such as Admin); choose another"],
      });
    }
    expect(details({ displayName: "Admin of nothing", bio: "" }).ok).toBe(true);
  });

  it("keeps the bio's line breaks, counting a browser's CRLF as one character", () => {
    expect(details({ displayName: "", bio: "Painter.\r\n\r\nLikes\tteal." })).toEqual({
      ok: true,
      data: { displayName: null, bio: "Painter.\n\nLikes\tteal." },
    });
    const full = `${"a".repeat(248)}\r\n${"b".repeat(249)}\r\n`;
    expect(details({ displayName: "", bio: `${full}c` }).ok).toBe(true);
    expect(details({ displayName: "", bio: "a".repeat(501) })).toEqual({
      ok: false,
      errors: ["bio: The bio can be at most 500 characters"],
    });
  });

  it("refuses other control characters in the bio", () => {
    expect(details({ displayName: "", bio: "bell\u0007" })).toEqual({
      ok: false,
      errors: ["bio: The bio contains invisible control characters; remove them"],
    });
  });
});

describe("avatar form rules", () => {
  const upload = (bytes: number) => avatarChangeSchema.safeParse({ intent: "upload", avatar: new File([new Uint8Array(bytes)], "me.png") });
  const message = (result: ReturnType<typeof upload>) => (result.success ? undefined : result.error.issues[0].message);

  it("asks for a file when none was chosen", () => {
    expect(message(upload(0))).toBe("Choose an image to upload");
    expect(message(avatarChangeSchema.safeParse({ intent: "upload", avatar: "not a file" }))).toBe("Choose an image to upload");
  });

  it("needs no file to remove the avatar", () => {
    expect(avatarChangeSchema.safeParse({ intent: "remove" }).success).toBe(true);
  });

  it("takes up to 2 MB and refuses a byte more, saying the limit", () => {
    expect(upload(AVATAR_MAX_BYTES).success).toBe(true);
    expect(message(upload(AVATAR_MAX_BYTES + 1))).toBe("This file is larger than 2 MB; choose a smaller image.");
  });
});
