import { describe, expect, it } from "vitest";
import { safeRedirectPath, withCallback } from "@/lib/auth/redirect";

/** How a browser resolves a Location header on this site: where it would go. */
function browserDestination(location: string): string {
  const url = new URL(location, "https://art.example.com/login");
  return url.origin === "https://art.example.com" ? "this site" : url.host;
}

describe("redirect targets from a request", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirectPath("/")).toBe("/");
    expect(safeRedirectPath("/upload?x=1")).toBe("/upload?x=1");
    expect(safeRedirectPath("/art/abc#comments")).toBe("/art/abc#comments");
    expect(safeRedirectPath("/u/ada_sketches?sort=top&period=week")).toBe("/u/ada_sketches?sort=top&period=week");
  });

  const hostile = [
    "https://example.org",
    "//example.org",
    "/\t/example.org",
    "/\n/example.org",
    "/\r\n/example.org",
    "\t//example.org",
    " //example.org",
    "/\\example.org",
    "\\\\example.org",
    "/\\/example.org",
    "/.//example.org",
    "/..//example.org",
    "/./\\example.org",
    "javascript:alert(1)",
    "http:example.org",
    "%2F%2Fexample.org",
    "/%09/example.org",
    "/%0A/example.org",
    "/%2F%2Fexample.org",
    "//example.org/%2F..",
    "/\u0000/example.org",
    "",
  ];

  it.each(hostile)("never leaves this site for %j, and puts no control character in the header", (value) => {
    const target = safeRedirectPath(value);
    expect(browserDestination(target)).toBe("this site");
    expect(target).not.toMatch(/[\u0000-\u001f\u007f\\]/);
    expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
  });

  it("falls back to the home page for anything not a path here", () => {
    for (const value of [
      "https://example.org",
      "//example.org",
      "/\t/example.org",
      "/\\example.org",
      "/.//example.org",
      "javascript:alert(1)",
    ]) {
      expect(safeRedirectPath(value), JSON.stringify(value)).toBe("/");
    }
    for (const value of [undefined, null, 42, ["/upload"]]) expect(safeRedirectPath(value)).toBe("/");
  });

  it("keeps an encoded character encoded, so it stays part of the path", () => {
    expect(safeRedirectPath("/%09/example.org")).toBe("/%09/example.org");
    expect(safeRedirectPath("/%2F%2Fexample.org")).toBe("/%2F%2Fexample.org");
    expect(safeRedirectPath("/chat/caf\u00e9")).toBe("/chat/caf%C3%A9");
  });
});

describe("links to the account pages", () => {
  it("carry where the member was going, unless it is the home page", () => {
    expect(withCallback("/register", "/")).toBe("/register");
    expect(withCallback("/login", "/upload?x=1")).toBe("/login?callbackUrl=%2Fupload%3Fx%3D1");
  });
});
