import { describe, expect, it } from "vitest";
import { decodePathSegment, hasUndecodableSegment } from "@/lib/http/path-segments";

const UNDECODABLE = ["%", "%E0%A4%A", "%ED%A0%80", "%C0", "abc%2", "%zz"];

describe("path segments", () => {
  it("decode their escapes once", () => {
    expect(decodePathSegment("mira%5Fpaints")).toBe("mira_paints");
    expect(decodePathSegment("%25")).toBe("%");
    expect(decodePathSegment("%2525")).toBe("%25");
    expect(decodePathSegment("Z%C3%A9lie")).toBe("Zélie");
  });

  it("name nothing when their escapes do not decode", () => {
    for (const segment of UNDECODABLE) expect(decodePathSegment(segment), segment).toBeNull();
  });

  it("make a path undecodable when any one of them is", () => {
    for (const segment of UNDECODABLE) {
      expect(hasUndecodableSegment(`/u/${segment}`), segment).toBe(true);
      expect(hasUndecodableSegment(`/media/avatars/${segment}/64.webp`), segment).toBe(true);
    }
    for (const path of ["/", "/u/%25", "/u/mira_paints", "/art/cl0123456789abcdef", "/media/a/b.webp", "/search%20me"]) {
      expect(hasUndecodableSegment(path), path).toBe(false);
    }
  });
});
