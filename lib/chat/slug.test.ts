import { describe, expect, it } from "vitest";
import { freeSlug, slugBase } from "@/lib/chat/slug";
import { roomSlugSchema } from "@/lib/chat/schemas";

describe("room slugs", () => {
  it("turn a name into lower-case words joined by dashes, accents dropped", () => {
    expect(slugBase("Café & Croquis!")).toBe("cafe-croquis");
    expect(slugBase("  Ink -- Wash  ")).toBe("ink-wash");
    expect(slugBase("Zeichnen für Anfänger")).toBe("zeichnen-fur-anfanger");
  });

  it("fall back to a plain word when nothing Latin is left", () => {
    expect(slugBase("水彩画")).toBe("room");
    expect(slugBase("!!!")).toBe("room");
  });

  it("stay short and never end in a dash after cutting a long name", () => {
    const slug = slugBase(`${"a".repeat(59)} b c d`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
  });

  it("always pass the slug check the room page applies to its URL", () => {
    for (const name of ["Café & Croquis!", "水彩画", "A-b_c d", `${"x".repeat(59)}-y`]) {
      expect(roomSlugSchema.safeParse(freeSlug(slugBase(name), new Set())).success).toBe(true);
    }
  });

  it("take the lowest free number when the slug is taken or reserved", () => {
    expect(freeSlug("sketching", new Set())).toBe("sketching");
    expect(freeSlug("sketching", new Set(["sketching", "sketching-2"]))).toBe("sketching-3");
    expect(freeSlug("new", new Set())).toBe("new-2");
  });
});
