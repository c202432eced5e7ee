import { mediaUrl } from "@/lib/art/media-keys";

/** How a member appears next to their work and words. */
export type AuthorSummary = { username: string; name: string; avatarUrl: string | null; href: string };

export const authorSelect = { username: true, displayName: true, avatarKey: true } as const;

export function toAuthorSummary(user: { username: string; displayName: string | null; avatarKey: string | null }): AuthorSummary {
  return {
    username: user.username,
    name: user.displayName || user.username,
    avatarUrl: user.avatarKey ? mediaUrl(user.avatarKey) : null,
    href: `/u/${encodeURIComponent(user.username)}`,
  };
}
