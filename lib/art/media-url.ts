/** Where a stored file is served. Apart from lib/art/media-keys.ts (which needs node:crypto) so client components can build image URLs. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
