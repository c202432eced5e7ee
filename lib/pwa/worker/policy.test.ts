import { describe, expect, it } from "vitest";
import { PRIVATE_MEDIA_PREFIX } from "@/lib/art/media-keys";
import { mediaUrl } from "@/lib/art/media-url";
import {
  addRecent,
  artworkIdFromPath,
  classifyRequest,
  imagesToEvict,
  ownerChanged,
  parseViewedArtwork,
  PRIVATE_MEDIA_PATH,
  RECENT_CHECK_INTERVAL_MS,
  recentCheckDue,
  recordImage,
  withoutImage,
} from "./policy.js";

const ORIGIN = "https://art.example";
const PRECACHED = new Set(["/offline", "/_next/static/chunks/app.js", "/icons/icon-192.png"]);
const ID = "cm3abcdefghij0123";

function request(url: string, { method = "GET", mode = "no-cors", destination = "" } = {}) {
  return { method, url: new URL(url, ORIGIN).href, mode, destination };
}

describe("classifyRequest", () => {
  it("never touches what depends on who is signed in: API answers, posts, script fetches of pages", () => {
    expect(classifyRequest(request("/api/artworks?page=2"), ORIGIN, PRECACHED)).toBe("pass");
    expect(classifyRequest(request("/api/health"), ORIGIN, PRECACHED)).toBe("pass");
    expect(classifyRequest(request("/art/x", { method: "POST", mode: "navigate" }), ORIGIN, PRECACHED)).toBe("pass");
    expect(classifyRequest(request("/settings?_rsc=abc", { mode: "cors" }), ORIGIN, PRECACHED)).toBe("pass");
    expect(classifyRequest(request("/sw.js"), ORIGIN, PRECACHED)).toBe("pass");
  });

  it("leaves other sites alone, even their images", () => {
    expect(classifyRequest(request("https://cdn.example/media/a.webp", { destination: "image" }), ORIGIN, PRECACHED)).toBe("pass");
  });

  it("sends page loads to the network (with the offline page as fallback)", () => {
    expect(classifyRequest(request("/settings", { mode: "navigate", destination: "document" }), ORIGIN, PRECACHED)).toBe("navigate");
    expect(classifyRequest(request(`/art/${ID}`, { mode: "navigate", destination: "document" }), ORIGIN, PRECACHED)).toBe("navigate");
  });

  it("serves this build's files from the precache, and nothing else", () => {
    expect(classifyRequest(request("/_next/static/chunks/app.js", { destination: "script" }), ORIGIN, PRECACHED)).toBe("shell");
    expect(classifyRequest(request("/_next/static/chunks/other-build.js", { destination: "script" }), ORIGIN, PRECACHED)).toBe("pass");
    expect(classifyRequest(request("/offline?x=1"), ORIGIN, PRECACHED)).toBe("pass");
  });

  it("caches artwork images, but not a full-size image opened as a page", () => {
    expect(classifyRequest(request("/media/art/k/display-800.webp", { destination: "image" }), ORIGIN, PRECACHED)).toBe("image");
    expect(classifyRequest(request("/media/art/k/original.png", { mode: "navigate", destination: "document" }), ORIGIN, PRECACHED)).toBe(
      "navigate",
    );
  });

  it("leaves a hidden artwork's private files to the network: they are its owner's and admins' alone", () => {
    expect(PRIVATE_MEDIA_PATH).toBe(mediaUrl(PRIVATE_MEDIA_PREFIX));
    expect(classifyRequest(request("/media/private/art/k/display-800.webp", { destination: "image" }), ORIGIN, PRECACHED)).toBe("pass");
  });
});

describe("imagesToEvict", () => {
  const entry = (url: string, bytes: number, usedAt: number) => ({ url, bytes, usedAt });

  it("keeps everything within both limits", () => {
    expect(imagesToEvict([entry("a", 10, 1), entry("b", 10, 2)], { maxEntries: 2, maxBytes: 20 })).toEqual([]);
  });

  it("drops the least recently used beyond the count limit", () => {
    const entries = [entry("new", 1, 30), entry("old", 1, 10), entry("mid", 1, 20)];
    expect(imagesToEvict(entries, { maxEntries: 2, maxBytes: 100 })).toEqual(["old"]);
  });

  it("drops the oldest until the bytes fit, however few entries there are", () => {
    const entries = [entry("a", 40, 1), entry("b", 40, 2), entry("c", 40, 3)];
    expect(imagesToEvict(entries, { maxEntries: 60, maxBytes: 50 })).toEqual(["a", "b"]);
  });

  it("drops even the newest image when it alone is over the byte limit", () => {
    expect(imagesToEvict([entry("huge", 80, 5)], { maxEntries: 60, maxBytes: 50 })).toEqual(["huge"]);
  });
});

describe("recordImage", () => {
  it("moves a reused image to the newest place with its new size, once", () => {
    const ledger = recordImage(
      [
        { url: "a", bytes: 1, usedAt: 1 },
        { url: "b", bytes: 1, usedAt: 2 },
      ],
      { url: "a", bytes: 5, usedAt: 3 },
    );
    expect(ledger).toEqual([
      { url: "b", bytes: 1, usedAt: 2 },
      { url: "a", bytes: 5, usedAt: 3 },
    ]);
  });
});

describe("parseViewedArtwork", () => {
  const valid = { id: ID, title: "Harbour", artist: "mira_paints", imageUrl: `${ORIGIN}/media/art/k/display-800.avif` };

  it("keeps the image as a same-origin path", () => {
    expect(parseViewedArtwork(valid, ORIGIN, 7)).toEqual({ ...valid, imageUrl: "/media/art/k/display-800.avif", viewedAt: 7 });
  });

  it("refuses images from elsewhere, non-media paths and malformed ids", () => {
    expect(parseViewedArtwork({ ...valid, imageUrl: "https://evil.example/media/x.webp" }, ORIGIN, 1)).toBeNull();
    expect(parseViewedArtwork({ ...valid, imageUrl: "/settings" }, ORIGIN, 1)).toBeNull();
    expect(parseViewedArtwork({ ...valid, imageUrl: "/media/private/art/k/display-800.avif" }, ORIGIN, 1)).toBeNull();
    expect(parseViewedArtwork({ ...valid, id: "../settings" }, ORIGIN, 1)).toBeNull();
    expect(parseViewedArtwork({ ...valid, title: 5 }, ORIGIN, 1)).toBeNull();
    expect(parseViewedArtwork("hello", ORIGIN, 1)).toBeNull();
  });

  it("cuts over-long titles and names", () => {
    const parsed = parseViewedArtwork({ ...valid, title: "t".repeat(500), artist: "a".repeat(500) }, ORIGIN, 1);
    expect(parsed?.title).toHaveLength(100);
    expect(parsed?.artist).toHaveLength(100);
  });
});

describe("addRecent", () => {
  it("puts the latest first, once, and keeps the list short", () => {
    const recent = [{ id: "b" }, { id: "a" }, { id: "c" }];
    expect(addRecent(recent, { id: "a" }, 3)).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(addRecent(recent, { id: "d" }, 3)).toEqual([{ id: "d" }, { id: "b" }, { id: "a" }]);
  });
});

describe("withoutImage", () => {
  it("drops the artwork shown by an image the site no longer serves, and only it", () => {
    const recent = [
      { id: "a", imageUrl: "/media/art/k1/display-800.webp" },
      { id: "b", imageUrl: "/media/art/k2/display-800.webp" },
    ];
    expect(withoutImage(recent, `${ORIGIN}/media/art/k1/display-800.webp`, ORIGIN)).toEqual([recent[1]]);
    expect(withoutImage(recent, `${ORIGIN}/media/art/k3/display-800.webp`, ORIGIN)).toEqual(recent);
  });
});

describe("recentCheckDue", () => {
  it("checks the first time, then once an interval has passed, or when the clock went back", () => {
    expect(recentCheckDue(undefined, 1_000)).toBe(true);
    expect(recentCheckDue(1_000, 1_000 + RECENT_CHECK_INTERVAL_MS - 1)).toBe(false);
    expect(recentCheckDue(1_000, 1_000 + RECENT_CHECK_INTERVAL_MS)).toBe(true);
    expect(recentCheckDue(5_000, 1_000)).toBe(true);
  });
});

describe("ownerChanged", () => {
  it("clears when a member logs out or another signs in, not on the first report or the same member", () => {
    expect(ownerChanged("u1", null)).toBe(true);
    expect(ownerChanged("u1", "u2")).toBe(true);
    expect(ownerChanged(null, "u1")).toBe(true);
    expect(ownerChanged(undefined, "u1")).toBe(false);
    expect(ownerChanged("u1", "u1")).toBe(false);
    expect(ownerChanged(null, null)).toBe(false);
  });
});

describe("artworkIdFromPath", () => {
  it("finds the id of an artwork page only", () => {
    expect(artworkIdFromPath(`/art/${ID}`)).toBe(ID);
    expect(artworkIdFromPath(`/art/${ID}/`)).toBe(ID);
    expect(artworkIdFromPath("/art/NOT-AN-ID")).toBeNull();
    expect(artworkIdFromPath(`/u/${ID}`)).toBeNull();
  });
});
