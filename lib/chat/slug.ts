/** Words a room's URL must not take, so that /chat/<word> stays free for pages of the chat itself. */
export const RESERVED_ROOM_SLUGS = new Set(["new", "create", "edit", "delete", "settings", "admin", "api", "rooms", "search"]);

const SLUG_MAX = 60;

/**
 * The URL form of a room name: accents dropped, lower case, every run of
 * other characters one dash ("Café & Croquis!" → "cafe-croquis"). A name
 * with no Latin letters or digits (e.g. in another script) becomes the
 * fallback ("room"; collections use it too, with their own).
 */
export function slugBase(name: string, fallback = "room"): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
  return words || fallback;
}

/** The base itself when free and not reserved, else the base with the lowest free number: "sketching-2", "sketching-3"… */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !RESERVED_ROOM_SLUGS.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
