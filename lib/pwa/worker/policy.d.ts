/** Types of policy.js (plain JavaScript, run by the service worker as is). */
export type ImageEntry = { url: string; bytes: number; usedAt: number };
export type RecentArtwork = { id: string; title: string; artist: string; imageUrl: string; viewedAt: number };
export type RequestClass = "pass" | "navigate" | "shell" | "image";

export const IMAGE_CACHE: string;
export const RECENT_CACHE: string;
export const SHELL_PREFIX: string;
export const RECENT_KEY: string;
export const IMAGE_LEDGER_KEY: string;
export const OWNER_KEY: string;
export const RECENT_CHECK_KEY: string;
export const RECENT_CHECK_INTERVAL_MS: number;
export const PRIVATE_MEDIA_PATH: string;
export const IMAGE_LIMITS: { maxEntries: number; maxBytes: number };
export const RECENT_LIMIT: number;

export function classifyRequest(
  request: { method: string; url: string; mode: string; destination: string },
  origin: string,
  precached: ReadonlySet<string>,
): RequestClass;
export function imagesToEvict(entries: ReadonlyArray<ImageEntry>, limits: { maxEntries: number; maxBytes: number }): string[];
export function recordImage(entries: ReadonlyArray<ImageEntry>, entry: ImageEntry): ImageEntry[];
export function parseViewedArtwork(data: unknown, origin: string, now: number): RecentArtwork | null;
export function addRecent<T extends { id: string }>(recent: ReadonlyArray<T>, viewed: T, limit: number): T[];
export function withoutImage<T extends { imageUrl: string }>(recent: ReadonlyArray<T>, imageHref: string, origin: string): T[];
export function recentCheckDue(lastCheckedAt: number | undefined, now: number): boolean;
export function ownerChanged(storedOwner: string | null | undefined, currentOwner: string | null): boolean;
export function artworkIdFromPath(pathname: string): string | null;
